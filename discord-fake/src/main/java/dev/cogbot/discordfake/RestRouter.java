package dev.cogbot.discordfake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The REST route table: method + path template → endpoint. */
final class RestRouter {

    @FunctionalInterface
    interface Endpoint {
        RestResponse handle(RestRequest request);
    }

    /**
     * A route.
     *
     * @param authenticated whether the bot token is required (everything but {@code GET gateway})
     */
    record Route(String method, RouteTemplate template, boolean authenticated, Endpoint endpoint) {
        /** A stable name for the route's rate-limit bucket. */
        String bucket() {
            return Integer.toHexString((method + " " + template).hashCode());
        }
    }

    /** The outcome of a lookup: a route and its parameters, or why there is none. */
    sealed interface Lookup {
        record Found(Route route, Map<String, String> params) implements Lookup {
        }

        /** The path exists, with other methods. */
        record WrongMethod() implements Lookup {
        }

        record NotFound() implements Lookup {
        }
    }

    private final List<Route> routes = new ArrayList<>();

    RestRouter add(String method, String template, Endpoint endpoint) {
        routes.add(new Route(method, RouteTemplate.parse(template), true, endpoint));
        return this;
    }

    RestRouter addPublic(String method, String template, Endpoint endpoint) {
        routes.add(new Route(method, RouteTemplate.parse(template), false, endpoint));
        return this;
    }

    Lookup lookup(String method, List<String> segments) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = route.template().match(segments);
            if (params != null) {
                if (route.method().equals(method)) {
                    return new Lookup.Found(route, params);
                }
                pathKnown = true;
            }
        }
        return pathKnown ? new Lookup.WrongMethod() : new Lookup.NotFound();
    }
}
