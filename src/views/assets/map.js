// Progressive enhancement: turns each .lotse-map placeholder into a Leaflet map. Without JavaScript,
// or when tiles cannot be loaded, the page still shows the address, the coordinates and a map link.
(function () {
  if (!window.L) return;
  document.querySelectorAll('.lotse-map[data-lat][data-lng]').forEach(function (el) {
    var lat = Number(el.dataset.lat);
    var lng = Number(el.dataset.lng);
    if (!isFinite(lat) || !isFinite(lng)) return;
    el.classList.add('lotse-map--active');
    // Only a real map is a landmark; the empty placeholder without JavaScript is not.
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', el.dataset.label || '');
    var map = window.L.map(el, { scrollWheelZoom: false }).setView([lat, lng], 14);
    window.L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    }).addTo(map);
    window.L.marker([lat, lng], { keyboard: false }).addTo(map);
  });
})();
