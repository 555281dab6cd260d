// Draws a round's votes as a horizontal bar chart with Chart.js (loaded from its WebJar
// before this file). The table beside the chart holds the same figures for everyone who
// cannot see it.
window.wijkstemResultsChart = {
  draw(canvas, labels, votes, chosen, datasetLabel) {
    if (canvas.wijkstemChart) {
      canvas.wijkstemChart.destroy();
    }
    // A chosen bar is solid blue, one not chosen grey stripes on white, and a chosen bar's
    // label says so in words: the two never differ by colour alone (WCAG 1.4.1; the blue
    // and the grey were 1.7:1 apart).
    const notChosen = '#5c6670';
    const stripes = this.stripes(canvas, notChosen);
    canvas.wijkstemChart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{
          label: datasetLabel,
          data: votes,
          backgroundColor: chosen.map((won) => (won ? '#00558c' : stripes)),
          borderColor: chosen.map((won) => (won ? '#00558c' : notChosen)),
          borderWidth: 2,
        }],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  },

  // diagonal lines in the colour on white, as a fill for a bar
  stripes(canvas, colour) {
    const tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    const pen = tile.getContext('2d');
    pen.fillStyle = '#ffffff';
    pen.fillRect(0, 0, 8, 8);
    pen.strokeStyle = colour;
    pen.lineWidth = 2;
    pen.beginPath();
    // one diagonal and the two corners that continue it in the next tile
    pen.moveTo(0, 8);
    pen.lineTo(8, 0);
    pen.moveTo(-2, 2);
    pen.lineTo(2, -2);
    pen.moveTo(6, 10);
    pen.lineTo(10, 6);
    pen.stroke();
    return canvas.getContext('2d').createPattern(tile, 'repeat');
  },
};
