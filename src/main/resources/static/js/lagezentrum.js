// Progressive enhancement only: every page works without this file.
(function () {
    'use strict';

    // htmx requests carry the CSRF token the page was rendered with.
    document.addEventListener('htmx:configRequest', function (event) {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // An error summary takes the focus so keyboard and screen reader users land on it.
    document.addEventListener('DOMContentLoaded', function () {
        var summary = document.querySelector('.error-summary');
        if (summary) {
            summary.focus();
        }
    });
})();
