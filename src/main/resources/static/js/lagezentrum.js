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
        var outcome = document.querySelector('.error-summary:not([hidden])') || document.querySelector('.notice[tabindex="-1"]');
        if (outcome) {
            outcome.focus();
        }
    });

    // Before an idle session ends, say so and offer to stay signed in (WCAG 2.2.1): two minutes ahead
    // (half the time for very short sessions). Every request to the server renews the session, so the
    // countdown starts again after each htmx request and after "Angemeldet bleiben".
    document.addEventListener('DOMContentLoaded', function () {
        var meta = document.querySelector('meta[name="session-timeout"]');
        var warning = document.getElementById('session-warning');
        var extend = document.getElementById('session-extend');
        if (!meta || !warning || !extend) {
            return;
        }
        var timeout = parseInt(meta.content, 10) * 1000;
        var warnBefore = Math.min(120000, timeout / 2);
        var warnTimer;
        var endTimer;
        var returnFocus;

        function schedule() {
            clearTimeout(warnTimer);
            clearTimeout(endTimer);
            warnTimer = setTimeout(show, timeout - warnBefore);
            endTimer = setTimeout(ended, timeout);
        }

        function show() {
            returnFocus = document.activeElement;
            warning.hidden = false;
            extend.focus();
        }

        function hide() {
            warning.hidden = true;
            if (returnFocus && document.body.contains(returnFocus)) {
                returnFocus.focus();
            }
        }

        function ended() {
            warning.hidden = false;
            document.getElementById('session-warning-text').hidden = true;
            document.getElementById('session-warning-ended').hidden = false;
            extend.hidden = true;
        }

        extend.addEventListener('click', function () {
            var header = document.querySelector('meta[name="csrf-header"]');
            var token = document.querySelector('meta[name="csrf-token"]');
            var headers = {};
            if (header && token) {
                headers[header.content] = token.content;
            }
            fetch(warning.getAttribute('data-keep-alive'), {method: 'POST', headers: headers, credentials: 'same-origin', redirect: 'manual'})
                .then(function (response) {
                    if (response.ok) {
                        hide();
                        schedule();
                    }
                    else {
                        ended();
                    }
                }, ended);
        });
        document.addEventListener('htmx:afterRequest', schedule);
        schedule();
    });
    // A link to a moment in a recording (data-seek: seconds, data-player: the id of the player's container)
    // plays the page's player from there and moves the focus to it; without this the link opens the
    // recording at #t=.
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a[data-seek][data-player]') : null;
        var box = link ? document.getElementById(link.getAttribute('data-player')) : null;
        var player = box ? box.querySelector('audio, video') : null;
        if (!player || typeof player.play !== 'function') {
            return;
        }
        event.preventDefault();
        player.currentTime = parseFloat(link.getAttribute('data-seek'));
        player.focus();
        var playing = player.play();
        if (playing && playing.catch) {
            playing.catch(function () {});
        }
    });
})();
