// Loaded first by the strict-CSP test pages: records policy violations,
// console warnings and errors, and the page's globals before mechnet loads,
// for the tests to compare.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
window.__console = [];
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.__console.push(`${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
window.addEventListener('error', (e) => window.__console.push(`error: ${e.message}`));
window.__globalsBefore = Object.getOwnPropertyNames(window);
