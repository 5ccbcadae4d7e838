package org.influenceatlas.api;

/** A request parameter the API cannot use; answered with 400 and the parameter's name. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
