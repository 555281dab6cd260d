// Draws one question's figures as a bar chart with Chart.js (loaded from its WebJar
// before this file). The table beside each chart holds the same figures for everyone who
// cannot see it, so the chart is one image to a screen reader.
window.wijkstemConsultationChart = {
  draw(canvas, labels, values, datasetLabel, horizontal) {
    if (canvas.wijkstemChart) {
      canvas.wijkstemChart.destroy();
    }
    const valueAxis = { beginAtZero: true, ticks: { precision: 0 } };
    canvas.wijkstemChart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{
          label: datasetLabel,
          data: values,
          backgroundColor: '#00558c',
          borderColor: '#00558c',
          borderWidth: 1,
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
};
