package de.ozd.newsroom.server;

import de.ozd.newsroom.store.StoreException;

/** A refusal of a request (bad body, bad parameter, missing token): JSON error with a stable code. */
final class ApiException extends StoreException {
    private static final long serialVersionUID = 1L;

    ApiException(int status, String code, String message) {
        super(status, code, message);
    }
}
