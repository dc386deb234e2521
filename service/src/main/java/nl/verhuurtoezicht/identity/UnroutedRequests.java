package nl.verhuurtoezicht.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests for which no controller route exists: they may pass the security chain so that the person gets
 * an honest "page not found" (or a static file), while a controller route without a rule stays denied.
 */
final class UnroutedRequests implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnroutedRequests(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (RequestMappingHandlerMapping mapping : mappings) {
                for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                    PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                    if (paths != null && paths.getMatchingCondition(request) != null) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            if (previous instanceof RequestPath path) {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, path);
            } else {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
