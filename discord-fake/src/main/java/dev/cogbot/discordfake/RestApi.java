package dev.cogbot.discordfake;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request pipeline in front of the endpoints: route lookup (unknown routes answer 404 and are
 * flagged), the bot token, injected failures, then the endpoint; successful answers get rate-limit
 * headers like Discord's.
 */
final class RestApi {

    /** A routed answer and whether the fake knew the route. */
    record Answer(RestResponse response, boolean routeKnown) {
    }

    private final RestRouter router;
    private final FailureInjector failures;
    private final String authorization;
    private final Clock clock;

    RestApi(RestRouter router, FailureInjector failures, String token, Clock clock) {
        this.router = router;
        this.failures = failures;
        this.authorization = "Bot " + token;
        this.clock = clock;
    }

    Answer handle(RestRequest request) {
        return switch (router.lookup(request.method(), request.segments())) {
            case RestRouter.Lookup.NotFound notFound -> new Answer(RestResponse.unknownRoute(), false);
            case RestRouter.Lookup.WrongMethod wrongMethod -> new Answer(RestResponse.methodNotAllowed(), false);
            case RestRouter.Lookup.Found found -> new Answer(handle(found, request), true);
        };
    }

    private RestResponse handle(RestRouter.Lookup.Found found, RestRequest request) {
        RestRouter.Route route = found.route();
        if (route.authenticated() && !request.header("authorization").map(authorization::equals).orElse(false)) {
            return RestResponse.unauthorized();
        }
        return failures.take(request.method(), request.path(), route)
                .orElseGet(() -> withRateLimitHeaders(route.endpoint().handle(request.withParams(found.params())),
                        route));
    }

    /** Discord's headers for a request with plenty of room left in its bucket. */
    private RestResponse withRateLimitHeaders(RestResponse response, RestRouter.Route route) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", "5");
        headers.put("X-RateLimit-Remaining", "4");
        headers.put("X-RateLimit-Reset", RestResponse.seconds(clock.millis() + 1000));
        headers.put("X-RateLimit-Reset-After", "1.000");
        headers.put("X-RateLimit-Bucket", route.bucket());
        return response.withHeaders(headers);
    }
}
