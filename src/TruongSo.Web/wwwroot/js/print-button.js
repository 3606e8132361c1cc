// A "print" button without inline script (CSP: script-src 'self').
document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-print]')) {
        window.print();
    }
});
