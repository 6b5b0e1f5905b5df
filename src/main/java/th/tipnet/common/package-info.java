/**
 * The shared kernel: page layout, i18n, Buddhist-Era dates, problem details, request ids and
 * at-rest encryption. Nothing domain-specific lives here.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package th.tipnet.common;

import org.springframework.modulith.ApplicationModule;
