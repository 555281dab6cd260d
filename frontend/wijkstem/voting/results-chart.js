// Draws a round's votes as a horizontal bar chart with Chart.js (loaded from its WebJar
// before this file). The table beside the chart holds the same figures for everyone who
// cannot see it.
window.wijkstemResultsChart = {
  draw(canvas, labels, votes, chosen, datasetLabel) {
    if (canvas.wijkstemChart) {
      canvas.wijkstemChart.destroy();
    }
    canvas.wijkstemChart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{
          label: datasetLabel,
          data: votes,
          backgroundColor: chosen.map((won) => (won ? '#00558c' : '#6b7785')),
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
};
