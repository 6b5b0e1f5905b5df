/**
 * Certificates anyone can check: a module that prints a certificate (the events' attendance, later
 * the awards) has it issued here first and prints the number and a QR code leading to the public page
 * {@code /certificates/{number}}, which says whether the certificate is valid, revoked or unknown and
 * shows what the paper states, nothing more. Also keeps who signs the certificates issued for an event
 * or a round. Public API: {@link th.tipnet.certificates.Certificates} with its records
 * {@link th.tipnet.certificates.Statement}, {@link th.tipnet.certificates.Signatory},
 * {@link th.tipnet.certificates.CertificateNumber} and {@link th.tipnet.certificates.CertificateKind};
 * the store and the web layer are package-private.
 */
@ApplicationModule(displayName = "Certificates", allowedDependencies = { "common", "common :: *", "audit" })
package th.tipnet.certificates;

import org.springframework.modulith.ApplicationModule;
