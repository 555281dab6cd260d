// Draws a place question's grid cells on an area map made by wijkstem-map.js: each cell
// a rectangle, darker with more pins, with its count on it. Only cells the server chose
// to show arrive here (enough residents in them); the table beside the map lists them.
window.wijkstemResultsMap = {
  showCells(element, cells) {
    const state = element.wijkstemMap;
    if (state.cells) {
      state.cells.remove();
    }
    const layer = L.layerGroup();
    const most = cells.reduce((max, cell) => Math.max(max, cell.pins), 1);
    cells.forEach((cell) => {
      const rectangle = L.rectangle([[cell.south, cell.west], [cell.north, cell.east]], {
        color: '#00558c',
        weight: 1,
        fillColor: '#00558c',
        fillOpacity: 0.15 + 0.5 * (cell.pins / most),
        interactive: false,
      });
      // text, never HTML
      const label = document.createElement('span');
      label.textContent = String(cell.pins);
      rectangle.bindTooltip(label, {
        permanent: true,
        direction: 'center',
        className: 'consultation-results__cell-label',
      });
      rectangle.addTo(layer);
    });
    layer.addTo(state.map);
    state.cells = layer;
  },
};
