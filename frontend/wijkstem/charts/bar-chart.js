// Draws figures as a bar chart with Chart.js (loaded from its WebJar before this file),
// for base.ui.BarChart. The table beside each chart holds the same figures for everyone
// who cannot see it, so the chart is one image to a screen reader.
window.wijkstemBarChart = {
  // marked: null, or per bar whether it is marked (a round's chosen ideas)
  draw(canvas, labels, values, marked, datasetLabel, horizontal) {
    if (canvas.wijkstemChart) {
      canvas.wijkstemChart.destroy();
    }
    // A marked bar is solid blue, an unmarked one grey stripes on white, and a marked
    // bar's label says so in words: the two never differ by colour alone (WCAG 1.4.1; the
    // blue and the grey were 1.7:1 apart).
    const blue = '#00558c';
    const grey = '#5c6670';
    const stripes = marked ? this.stripes(canvas, grey) : null;
    const valueAxis = { beginAtZero: true, ticks: { precision: 0 } };
    canvas.wijkstemChart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{
          label: datasetLabel,
          data: values,
          backgroundColor: marked ? marked.map((on) => (on ? blue : stripes)) : blue,
          borderColor: marked ? marked.map((on) => (on ? blue : grey)) : blue,
          borderWidth: marked ? 2 : 1,
        }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: horizontal ? { x: valueAxis } : { y: valueAxis },
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
