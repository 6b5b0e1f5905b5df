package th.tipnet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * TIPNet: the platform of Thailand's counter-trafficking network. Each direct sub-package is an
 * application module (see docs/architecture.md); {@code common} is the shared kernel.
 */
@SpringBootApplication
@EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
@Modulithic(sharedModules = "common")
public class TipnetApplication {

	public static void main(String[] args) {
		SpringApplication.run(TipnetApplication.class, args);
	}
}
