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

    // After a form was sent, its outcome takes the focus so keyboard and screen reader users land on
    // it: the error summary, or else the confirmation (notices are focusable with tabindex="-1").
    document.addEventListener('DOMContentLoaded', function () {
        var outcome = document.querySelector('.error-summary') || document.querySelector('.notice[tabindex="-1"]');
        if (outcome) {
            outcome.focus();
        }
    });
})();
