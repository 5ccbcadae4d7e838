package org.influenceatlas.api;

/** An id that names nothing; answered with 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
