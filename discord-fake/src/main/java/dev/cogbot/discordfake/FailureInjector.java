package dev.cogbot.discordfake;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Failures a test asked for: each answers the next matching REST request once, instead of the endpoint. */
final class FailureInjector {

    private record Injection(RouteMatcher matcher, Function<RestRouter.Route, RestResponse> response) {
    }

    private final List<Injection> pending = new ArrayList<>();

    synchronized void add(RouteMatcher matcher, Function<RestRouter.Route, RestResponse> response) {
        pending.add(new Injection(matcher, response));
    }

    /** The failure for this request, if one is pending (it is used up). */
    synchronized Optional<RestResponse> take(String method, String path, RestRouter.Route route) {
        for (Iterator<Injection> it = pending.iterator(); it.hasNext(); ) {
            Injection injection = it.next();
            if (injection.matcher().matches(method, path)) {
                it.remove();
                return Optional.of(injection.response().apply(route));
            }
        }
        return Optional.empty();
    }
}
