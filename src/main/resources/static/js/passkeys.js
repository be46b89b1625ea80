// Passkey ceremonies (WebAuthn) for the forms marked data-passkey="register" or "verify": fetch the
// options from the server, let the browser's authenticator answer, send the answer back, and go on
// to the page the server names. The JSON follows Spring Security's WebAuthn support (binary fields in
// base64url), after its spring-security-webauthn.js (Apache License 2.0). Texts come from the form's
// data attributes, so that they are translated like every other text.
(function () {
    'use strict';

    function toBase64Url(buffer) {
        var bytes = new Uint8Array(buffer);
        var binary = '';
        for (var i = 0; i < bytes.length; i++) {
            binary += String.fromCharCode(bytes[i]);
        }
        return window.btoa(binary).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
    }

    function fromBase64Url(text) {
        var binary = window.atob(text.replace(/-/g, '+').replace(/_/g, '/'));
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function descriptors(list) {
        return (list || []).map(function (descriptor) {
            return Object.assign({}, descriptor, { id: fromBase64Url(descriptor.id) });
        });
    }

    // A refusal from the server: its RFC 9457 detail is what the user reads.
    function Refusal(detail) {
        this.detail = detail;
    }

    function post(url, body) {
        var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token) {
            headers[header.content] = token.content;
        }
        return fetch(url, {
            method: 'POST',
            headers: headers,
            credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (json) {
                if (!response.ok) {
                    throw new Refusal(json.detail);
                }
                return json;
            });
        });
    }

    function register(form) {
        return post(form.dataset.options).then(function (options) {
            options.challenge = fromBase64Url(options.challenge);
            options.user = Object.assign({}, options.user, { id: fromBase64Url(options.user.id) });
            options.excludeCredentials = descriptors(options.excludeCredentials);
            return navigator.credentials.create({ publicKey: options });
        }).then(function (credential) {
            var response = credential.response;
            return post(form.dataset.action, {
                label: form.querySelector('input[name="label"]').value,
                credential: {
                    id: credential.id,
                    rawId: toBase64Url(credential.rawId),
                    type: credential.type,
                    response: {
                        attestationObject: toBase64Url(response.attestationObject),
                        clientDataJSON: toBase64Url(response.clientDataJSON),
                        transports: response.getTransports ? response.getTransports() : []
                    },
                    clientExtensionResults: credential.getClientExtensionResults(),
                    authenticatorAttachment: credential.authenticatorAttachment
                }
            });
        });
    }

    function verify(form) {
        return post(form.dataset.options).then(function (options) {
            options.challenge = fromBase64Url(options.challenge);
            options.allowCredentials = descriptors(options.allowCredentials);
            return navigator.credentials.get({ publicKey: options });
        }).then(function (credential) {
            var response = credential.response;
            return post(form.dataset.action, {
                id: credential.id,
                rawId: toBase64Url(credential.rawId),
                type: credential.type,
                response: {
                    authenticatorData: toBase64Url(response.authenticatorData),
                    clientDataJSON: toBase64Url(response.clientDataJSON),
                    signature: toBase64Url(response.signature),
                    userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
                },
                clientExtensionResults: credential.getClientExtensionResults(),
                authenticatorAttachment: credential.authenticatorAttachment
            });
        });
    }

    function showError(message) {
        var summary = document.getElementById('passkey-error');
        document.getElementById('passkey-error-detail').textContent = message;
        summary.hidden = false;
        summary.focus();
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form[data-passkey]').forEach(function (form) {
            var button = form.querySelector('button[type="submit"]');
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (!window.PublicKeyCredential || !navigator.credentials) {
                    showError(form.dataset.unsupported);
                    return;
                }
                var label = form.querySelector('input[name="label"]');
                if (label && !label.value.trim()) {
                    label.setAttribute('aria-invalid', 'true');
                    showError(form.dataset.labelMissing);
                    return;
                }
                button.disabled = true;
                var ceremony = form.dataset.passkey === 'register' ? register(form) : verify(form);
                ceremony.then(function (outcome) {
                    window.location.assign(outcome.redirectUrl);
                }).catch(function (error) {
                    button.disabled = false;
                    // The browser's own refusals (cancelled, timed out, not allowed) are DOMExceptions.
                    showError(error instanceof Refusal && error.detail ? error.detail : form.dataset.cancelled);
                });
            });
        });
    });
}());
