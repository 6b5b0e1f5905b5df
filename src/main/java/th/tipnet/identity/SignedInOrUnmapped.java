package th.tipnet.identity;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import th.tipnet.common.security.CurrentUser;

/**
 * The default rule: a full sign-in is needed, except for paths no controller maps, which go on to
 * the "page not found" answer. A visitor who mistypes an address learns that it does not exist,
 * not that they must sign in to find out.
 */
class SignedInOrUnmapped implements AuthorizationManager<RequestAuthorizationContext> {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	SignedInOrUnmapped(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication auth = authentication.get();
		boolean signedIn = auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> CurrentUser.SIGNED_IN.equals(a.getAuthority()));
		return new AuthorizationDecision(signedIn || !mapped(context.getRequest()));
	}

	private boolean mapped(HttpServletRequest request) {
		try {
			return mappings.getObject().getHandler(request) != null;
		}
		catch (org.springframework.web.HttpRequestMethodNotSupportedException wrongMethod) {
			// No handler runs for a wrong method: let the 405 through rather than ask for a sign-in.
			return false;
		}
		catch (Exception mediaTypeMismatch) {
			// The path and method exist but not for this content type: it is mapped.
			return true;
		}
	}
}
