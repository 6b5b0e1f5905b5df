/**
 * The network directory: who the member organisations are, their sector, their place in the tree
 * of organisations, and the provinces they cover. Public API: {@link th.tipnet.directory.Directory}.
 */
@ApplicationModule(displayName = "Network directory")
package th.tipnet.directory;

import org.springframework.modulith.ApplicationModule;
