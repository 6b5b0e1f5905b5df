package th.tipnet.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for the password check. */
@Component
class AccountDetails implements UserDetailsService {

	private final Users users;

	AccountDetails(Users users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		return users.findByUsername(key)
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}
}
