// Loaded first by the strict-CSP test page: records policy violations and
// the page's globals before mechnet loads, for the test to compare.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
window.__globalsBefore = Object.getOwnPropertyNames(window);
