package org.sevasurge.cli.capacity;

/**
 * {@code --header 'Name: value'}. Immutable.
 *
 * @param name  the header's name
 * @param value its value
 */
record HeaderOption(String name, String value) {
    static HeaderOption parse(String text) {
        int colon = text.indexOf(':');
        String name = colon > 0 ? text.substring(0, colon).trim() : "";
        if (name.isEmpty() || !name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            throw new IllegalArgumentException(
                    "--header '" + text + "': accepted values: 'Name: value', e.g." + " 'Authorization: Bearer abc'");
        }
        return new HeaderOption(name, text.substring(colon + 1).trim());
    }
}
