// Progressive enhancement: turns each .lotse-map placeholder into a Leaflet map of GeoJSON places, given
// inline (data-features) or fetched (data-source, shown clustered). Where the tile server is a third
// party (data-consent="required"), nothing is asked of it until the visitor presses the load button:
// the answer is remembered in a cookie for this browser session and the page loads again, because only
// then does the server's Content-Security-Policy allow that server. Without JavaScript, or before
// agreeing, the placeholder says where the same content is as text (the list, the coordinates).
(function () {
  if (!window.L) return;
  var CONSENT = 'lotse_tiles=1';
  var FOCUS = 'lotse-map-focus';
  var agreed = document.cookie.split(/;\s*/).indexOf(CONSENT) >= 0;

  document.querySelectorAll('.lotse-map').forEach(function (el, i) {
    if (el.dataset.consent === 'required' && !agreed) {
      var button = el.querySelector('.lotse-map__load');
      if (!button) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        document.cookie = CONSENT + '; path=/; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
        try {
          sessionStorage.setItem(FOCUS, String(i));
        } catch (e) {
          // Without storage the map still loads; only the focus stays at the top.
        }
        location.reload();
      });
      return;
    }
    if (el.dataset.features) show(el, i, JSON.parse(el.dataset.features), false);
    else if (el.dataset.draw) draw(el, show(el, i, { type: 'FeatureCollection', features: [] }, false));
    else if (el.dataset.source)
      fetch(el.dataset.source, { headers: { accept: 'application/geo+json' } })
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .then(function (data) {
          if (data) show(el, i, data, true);
        })
        .catch(function () {
          // The notice stays: the list shows the same Vorhaben.
        });
  });

  function show(el, i, data, clustered) {
    var notice = el.querySelector('.lotse-map__notice');
    if (notice) notice.hidden = true;
    el.classList.add('lotse-map--active');
    // Only a real map is a landmark; the placeholder without JavaScript is not.
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', el.dataset.label || '');
    var map = window.L.map(el, { scrollWheelZoom: false });
    window.L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
    var shapes = window.L.geoJSON(data, {
      style: { color: '#0b5fa5', weight: 4, fillOpacity: 0.15 },
      // Points become markers below, so that they can be clustered and reached by keyboard.
      filter: function (feature) {
        return feature.geometry && feature.geometry.type !== 'Point';
      },
    }).addTo(map);
    var markers = clustered && window.L.markerClusterGroup ? window.L.markerClusterGroup() : window.L.featureGroup();
    (data.features || []).forEach(function (feature) {
      var at = anchor(feature.geometry);
      if (!at) return;
      var title = (feature.properties && feature.properties.title) || '';
      var marker = window.L.marker(at, { title: title, alt: title, keyboard: true });
      if (feature.properties && feature.properties.url) marker.bindPopup(popup(feature.properties, el.dataset.popupLink));
      markers.addLayer(marker);
    });
    markers.addTo(map);
    var bounds = shapes.getBounds();
    if (markers.getLayers().length) bounds.extend(markers.getBounds());
    if (!bounds.isValid()) map.setView([54.6, 9.2], 8);
    else if (bounds.getNorthEast().equals(bounds.getSouthWest())) map.setView(bounds.getCenter(), 15);
    else map.fitBounds(bounds, { padding: [24, 24] });
    try {
      if (sessionStorage.getItem(FOCUS) === String(i)) {
        sessionStorage.removeItem(FOCUS);
        el.focus();
      }
    } catch (e) {
      // No storage: nothing to restore.
    }
    return map;
  }

  /**
   * Drawing for the place form: a click on the map adds its coordinates as a line of the text field
   * (latitude, longitude), and the shape typed so far is drawn; the text field stays what is sent, so
   * the keyboard and the map edit the same thing.
   */
  function draw(el, map) {
    var field = document.getElementById(el.dataset.draw);
    if (!field) return;
    var layer = window.L.layerGroup().addTo(map);
    var kindOf = function () {
      var checked = document.querySelector('input[name="kind"]:checked');
      return checked ? checked.value : 'point';
    };
    var positions = function () {
      return field.value
        .split(/\r?\n/)
        .map(function (line) {
          var parts = line
            .trim()
            .split(/[;,\s]+/)
            .map(Number);
          return parts.length === 2 && isFinite(parts[0]) && isFinite(parts[1]) ? [parts[0], parts[1]] : null;
        })
        .filter(Boolean);
    };
    var redraw = function (fit) {
      layer.clearLayers();
      var ps = positions();
      if (!ps.length) return;
      var kind = kindOf();
      var shape =
        kind === 'area' && ps.length > 2
          ? window.L.polygon(ps)
          : kind === 'line' && ps.length > 1
            ? window.L.polyline(ps)
            : window.L.featureGroup(
                ps.map(function (p) {
                  return window.L.circleMarker(p, { radius: 6 });
                }),
              );
      shape.addTo(layer);
      if (fit) map.fitBounds(shape.getBounds(), { padding: [24, 24], maxZoom: 16 });
    };
    map.on('click', function (event) {
      var line = event.latlng.lat.toFixed(6) + ', ' + event.latlng.lng.toFixed(6);
      field.value = kindOf() === 'point' ? line : (field.value.replace(/\s+$/, '') + '\n' + line).replace(/^\n/, '');
      redraw(false);
    });
    field.addEventListener('input', function () {
      redraw(false);
    });
    document.querySelectorAll('input[name="kind"]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        redraw(false);
      });
    });
    redraw(true);
  }

  /** Where a feature's marker goes: its first point, else the middle of its first shape. [lat, lng] */
  function anchor(geometry) {
    if (!geometry) return null;
    if (geometry.type === 'GeometryCollection') {
      var point = geometry.geometries.filter(function (g) {
        return g.type === 'Point';
      })[0];
      return anchor(point || geometry.geometries[0]);
    }
    if (geometry.type === 'Point') return [geometry.coordinates[1], geometry.coordinates[0]];
    var center = window.L.geoJSON(geometry).getBounds().getCenter();
    return [center.lat, center.lng];
  }

  function popup(properties, linkText) {
    var box = document.createElement('p');
    var link = document.createElement('a');
    link.className = 'kern-link';
    link.href = properties.url;
    link.textContent = properties.title || linkText;
    box.appendChild(link);
    return box;
  }
})();
