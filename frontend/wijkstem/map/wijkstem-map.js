// Leaflet glue for Wijkstem's area maps. Everything residents typed reaches the page as
// text (textContent, title attributes), never as HTML.
window.wijkstemMap = {
  init(element, boundaryGeoJson, tileUrl, attribution, editable, zoomInTitle, zoomOutTitle) {
    // who asked their system for less motion gets a map that jumps instead of gliding
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = L.map(element, {
      keyboard: true,
      scrollWheelZoom: false,
      zoomControl: false,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still
    });
    if (still) {
      // Leaflet has no option for its pans (arrow keys, a popup moving into view)
      const panBy = map.panBy;
      map.panBy = (offset, options) => panBy.call(map, offset, { ...options, animate: false });
    }
    // the zoom buttons' names (title and aria-label) in the page's language
    L.control.zoom({ zoomInTitle, zoomOutTitle }).addTo(map);
    L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
    // the area's line in the programme's colour (its house style)
    const colour = getComputedStyle(element).getPropertyValue('--wijkstem-brand').trim() || '#00558c';
    const area = L.geoJSON(JSON.parse(boundaryGeoJson), {
      style: { color: colour, weight: 3, fillOpacity: 0.04 },
      interactive: false
    }).addTo(map);
    const bounds = area.getBounds();
    map.fitBounds(bounds);
    const state = { map, pin: null, markers: L.layerGroup().addTo(map) };
    element.wijkstemMap = state;
    if (editable) {
      map.on('click', (event) => element.$server.pinPlaced(event.latlng.lat, event.latlng.lng));
    }
    // The element may get its size only after this runs: fit the area once it has one.
    let fitted = element.clientWidth > 0 && element.clientHeight > 0;
    new ResizeObserver(() => {
      map.invalidateSize();
      if (!fitted && element.clientWidth > 0 && element.clientHeight > 0) {
        fitted = true;
        map.fitBounds(bounds);
      }
    }).observe(element);
  },

  showPin(element, latitude, longitude, label) {
    const state = element.wijkstemMap;
    if (state.pin) {
      state.pin.remove();
      state.pin = null;
    }
    if (latitude !== null && longitude !== null) {
      state.pin = L.marker([latitude, longitude], { title: label, alt: label, keyboard: false }).addTo(state.map);
    }
  },

  placeAtCentre(element) {
    const centre = element.wijkstemMap.map.getCenter();
    element.$server.pinPlaced(centre.lat, centre.lng);
  },

  showMarkers(element, markers) {
    const state = element.wijkstemMap;
    state.markers.clearLayers();
    markers.forEach((marker) => {
      const link = document.createElement('a');
      link.href = marker.href;
      link.textContent = marker.title;
      // a popup never wider than the map leaves room for, and the map pans to show it
      // whole: on a phone the default 300 px would be cut off at the map's edges
      L.marker([marker.latitude, marker.longitude], { title: marker.title, alt: marker.title })
        .bindPopup(link, {
          maxWidth: Math.max(120, Math.min(300, element.clientWidth - 80)),
          autoPan: true,
          autoPanPadding: [16, 16],
          keepInView: true
        })
        .addTo(state.markers);
    });
  }
};
