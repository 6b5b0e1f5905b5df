package th.tipnet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.TipnetApplication;
import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.Participants;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;

/**
 * Registration benchmark over HTTP: 5,000 attempts from 200 concurrent clients for a 400/400
 * event with group quotas, then 800 check-ins by signed ticket. Prints throughput, p50/p95 and the
 * confirmed and waiting counts. Run by bench/events.sh. Usage: EventsBench h2|postgres [url user password]
 */
public final class EventsBench {

	static final int ATTEMPTS = 5_000;

	static final int CLIENTS = 200;

	/**
	 * Warm-up: rounds of the same load on other events until the JIT compilers are done. A JVM that
	 * has just started compiles for minutes under this load on 2 cores (after six rounds its C2
	 * thread still took a whole core), and a server that has run for a while has no such cost. At
	 * least -Dbench.warmup rounds (6), at most -Dbench.warmup-max (40), stopping after the first
	 * round in which compiling took under -Dbench.jit-share (3%) of one core.
	 */
	static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup", 6);

	static final int WARM_UP_MAX = Integer.getInteger("bench.warmup-max", 40);

	static final double JIT_SHARE = Double.parseDouble(System.getProperty("bench.jit-share", "0.03"));

	static final java.lang.management.CompilationMXBean JIT = java.lang.management.ManagementFactory.getCompilationMXBean();

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		List<String> props = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN",
				"--tipnet.admin.password=Bench-admin-password-1", "--tipnet.data-dir=target/bench-data-events-" + database,
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "--tipnet.demo-data=false",
				// The 200 clients all come from 127.0.0.1: the public forms' limits must not throttle the load.
				"--tipnet.events.registration-limit.per-address=100000000",
				"--tipnet.events.registration-limit.per-event=100000000",
				"--server.tomcat.threads.max=" + System.getProperty("bench.threads", "200"),
				"--spring.datasource.hikari.maximum-pool-size=" + System.getProperty("bench.pool", "30")));
		if ("postgres".equals(database)) {
			props.add("--spring.datasource.url=" + args[1]);
			props.add("--spring.datasource.username=" + args[2]);
			props.add("--spring.datasource.password=" + args[3]);
			DirectoryBench.resetPostgres(args[1], args[2], args[3]);
		}
		else {
			// The H2 file database of a default install, fresh for each run.
			org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench-data-events-h2"));
			props.add("--spring.datasource.url=jdbc:h2:file:./target/bench-data-events-h2/tipnet;DB_CLOSE_ON_EXIT=FALSE"
					+ System.getProperty("bench.h2", ""));
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TipnetApplication.class)
			.run(props.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(16)).build();
			String base = "http://127.0.0.1:" + port;
			// A JVM that has just started spends most of its CPU compiling: warm it up on other events
			// first (same load) until compiling is done, so the figures below are those of a running server.
			// The door devices sign in once, before the doors open.
			String doorToken = organiserToken(context, base, http);
			Run flatOut = null;
			for (int round = 1; round <= WARM_UP_MAX; round++) {
				UUID warmUp = plan(context);
				long compiledBefore = JIT.getTotalCompilationTime();
				long start = System.nanoTime();
				Run run = register(http, base, warmUp, ATTEMPTS, "warm" + round + "-");
				double seconds = (System.nanoTime() - start) / 1e9;
				double jit = compilingShare(compiledBefore, seconds);
				System.out.printf("%s, warm-up round %d: %.0f registrations/s, p95 %.1f ms; compiling took %.0f%% of a core%n", database,
						round, ATTEMPTS / seconds, percentile(run, 0.95), 100 * jit);
				settle(context);
				// Flat out while warming up: the last round's figures are printed as the door's stress test.
				flatOut = checkIn(http, base, doorToken, warmUp, confirmedTickets(context, warmUp), false);
				if (round >= WARM_UP_ROUNDS && jit < JIT_SHARE) {
					break;
				}
			}
			// Three measured rounds, each on a fresh event: one run on two busy cores varies by some
			// tens of percent, so each round is printed and the median is the figure to quote.
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			UUID event = null;
			jdk.jfr.Recording recording = null;
			List<double[]> rounds = new ArrayList<>();
			for (int round = 1; round <= MEASURED_ROUNDS; round++) {
				settle(context);
				event = plan(context);
				recording = profile();
				java.util.Map<String, Long> cpuBefore = threadCpu();
				CLIENT_CPU.set(0);
				long compiledBefore = JIT.getTotalCompilationTime();
				long start = System.nanoTime();
				Run run = register(http, base, event, ATTEMPTS, "bench" + round + "-");
				double seconds = (System.nanoTime() - start) / 1e9;
				double jit = compilingShare(compiledBefore, seconds);
				printCpu(cpuBefore, System.nanoTime() - start);
				long confirmedOnsite = count(jdbc, event, "ONSITE", "CONFIRMED");
				long confirmedOnline = count(jdbc, event, "ONLINE", "CONFIRMED");
				long waiting = jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'WAITLISTED'",
						Long.class, event);
				rounds.add(new double[] { ATTEMPTS / seconds, percentile(run, 0.50), percentile(run, 0.95) });
				System.out.printf("%n%s, round %d: %,d registration attempts from %d clients in %.1f s = %.0f registrations/s%n",
						database, round, ATTEMPTS, CLIENTS, seconds, ATTEMPTS / seconds);
				System.out.printf("  registration latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; errors %d; compiling took %.0f%% of a core%n",
						percentile(run, 0.50), percentile(run, 0.95), percentile(run, 1.0), run.errors(), 100 * jit);
				System.out.printf("  confirmed onsite %d, online %d (target exactly 400 + 400); waiting %d%n", confirmedOnsite,
						confirmedOnline, waiting);
			}
			System.out.printf("%s, median of %d rounds: %.0f registrations/s, p50 %.1f ms, p95 %.1f ms%n", database,
					MEASURED_ROUNDS, median(rounds, 0), median(rounds, 1), median(rounds, 2));

			dump(recording, "registration");
			// The doors open long after registration closes: let the confirmation e-mails go out and the
			// audit entries be sealed first, as they would be by then.
			settle(context);

			// Check-in: the 800 confirmed tickets at the door, over HTTP with an organiser token.
			List<String> tickets = confirmedTickets(context, event);
			recording = profile();
			java.util.Map<String, Long> cpuBefore = threadCpu();
			long doorsOpen = System.nanoTime();
			Run doors = checkIn(http, base, doorToken, event, tickets, true);
			printCpu(cpuBefore, System.nanoTime() - doorsOpen);
			System.out.printf("  check-in of %d tickets by %d devices, each scanning every %d ms: p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
					+ " errors %d%n", tickets.size(), DOOR_DEVICES, SCAN_INTERVAL_NANOS / 1_000_000, percentile(doors, 0.50),
					percentile(doors, 0.95), percentile(doors, 1.0), doors.errors());
			if (flatOut != null) {
				System.out.printf("  stress: %d check-ins with each device scanning again as soon as it is answered: p50 %.1f ms,"
						+ " p95 %.1f ms; errors %d%n", flatOut.latencies().length, percentile(flatOut, 0.50), percentile(flatOut, 0.95),
						flatOut.errors());
			}
			dump(recording, "checkin");
			System.out.println("  targets: >= 500 registrations/s, registration p95 <= 200 ms, check-in p95 <= 20 ms");
			System.exit(0);
		}
	}

	/** With -Dbench.jfr=file, a flight recording of the measured part only (for finding where the time goes). */
	static jdk.jfr.Recording profile() throws Exception {
		if (System.getProperty("bench.jfr") == null) {
			return null;
		}
		jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration(System.getProperty("bench.jfr.settings", "profile")));
		recording.start();
		return recording;
	}

	/** Waits (at most a minute) until every registration message has been handled and every audit entry sealed. */
	static void settle(ConfigurableApplicationContext context) throws InterruptedException {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		for (int i = 0; i < 600; i++) {
			long pending = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class)
					+ jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE seq IS NULL", Long.class);
			if (pending == 0) {
				return;
			}
			Thread.sleep(100);
		}
	}

	/** CPU time per thread kind (digits dropped from names), for -Dbench.cpu=true. */
	static java.util.Map<String, Long> threadCpu() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		java.util.Map<String, Long> cpu = new java.util.TreeMap<>();
		for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null) {
				cpu.merge(info.getThreadName().replaceAll("\\d+", "N") + "#" + info.getThreadId(),
						threads.getThreadCpuTime(info.getThreadId()), Long::sum);
			}
		}
		cpu.put("(process)", ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime());
		nativeThreadCpu(cpu);
		return cpu;
	}

	/** The share of one core the JIT compilers took since {@code compiledBefore} (ms), over {@code seconds}. */
	static double compilingShare(long compiledBefore, double seconds) {
		return (JIT.getTotalCompilationTime() - compiledBefore) / 1e3 / seconds;
	}

	/**
	 * The JVM's own threads (garbage collector, compilers), which the thread bean does not see: from
	 * /proc on Linux, in clock ticks of 10 ms, named "(vm) ...".
	 */
	static void nativeThreadCpu(java.util.Map<String, Long> cpu) {
		java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
		if (tasks == null) {
			return;
		}
		for (java.io.File task : tasks) {
			try {
				String name = java.nio.file.Files.readString(task.toPath().resolve("comm")).trim();
				if (!name.matches("(?i).*(gc|g1|compiler|vm thread|conc|refine|c1|c2).*")) {
					continue;
				}
				String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				cpu.merge("(vm) " + name.replaceAll("\\d+", "N") + "#" + task.getName(), ticks * 10_000_000L, Long::sum);
			}
			catch (java.io.IOException | RuntimeException gone) {
				// A thread that ended while being read.
			}
		}
	}

	static void printCpu(java.util.Map<String, Long> before, long wallNanos) {
		if (!Boolean.getBoolean("bench.cpu")) {
			return;
		}
		java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
		threadCpu().forEach((thread, nanos) -> byKind.merge(thread.replaceAll("#\\d+$", ""),
				nanos - before.getOrDefault(thread, 0L), Long::sum));
		System.out.printf("    %6.2f s  (the 200 registering clients)%n", CLIENT_CPU.get() / 1e9);
		System.out.printf("  CPU over %.1f s of wall time (2 cores = %.1f s):%n", wallNanos / 1e9, 2 * wallNanos / 1e9);
		byKind.entrySet().stream().filter(e -> e.getValue() > 20_000_000L)
			.sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> System.out.printf("    %6.2f s  %s%n", e.getValue() / 1e9, e.getKey()));
	}

	/** Writes a phase's recording next to -Dbench.jfr, named after the phase. */
	static void dump(jdk.jfr.Recording recording, String phase) throws Exception {
		if (recording != null) {
			recording.dump(java.nio.file.Path.of(System.getProperty("bench.jfr").replace(".jfr", "-" + phase + ".jfr")));
			recording.close();
		}
	}

	record Run(long[] latencies, int errors) {
	}

	/** {@code attempts} registrations from {@link #CLIENTS} concurrent clients, each waiting for its answer. */
	static final int MEASURED_ROUNDS = Integer.getInteger("bench.rounds", 3);

	static double median(List<double[]> rounds, int figure) {
		double[] values = rounds.stream().mapToDouble(r -> r[figure]).sorted().toArray();
		return values[values.length / 2];
	}

	/** The latency at quantile q (1.0 for the largest), in milliseconds. */
	static double percentile(Run run, double q) {
		long[] sorted = run.latencies().clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
	}

	static final java.lang.management.ThreadMXBean CLIENT_CPU_CLOCK = java.lang.management.ManagementFactory.getThreadMXBean();

	/** CPU spent by the registering clients themselves (their threads end with each run). */
	static final java.util.concurrent.atomic.AtomicLong CLIENT_CPU = new java.util.concurrent.atomic.AtomicLong();

	static Run register(HttpClient http, String base, UUID event, int attempts, String prefix) throws Exception {
		long[] latencies = new long[attempts];
		AtomicInteger errors = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		String[] groups = { "G1", "G2", "G3" };
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			int n = i;
			done.add(clients.submit(() -> {
				String body = "{\"fullName\":\"ผู้เข้าร่วม " + n + "\",\"groupCode\":\"" + groups[n % 3] + "\",\"mode\":\""
						+ (n % 2 == 0 ? "ONSITE" : "ONLINE") + "\",\"email\":\"" + prefix + n + "@example.org\",\"language\":\"th\","
						+ "\"consentPrivacy\":true}";
				long t = System.nanoTime();
				long cpu = CLIENT_CPU_CLOCK.getCurrentThreadCpuTime();
				try {
					HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + event + "/registrations"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
					if (r.statusCode() != 201) {
						errors.incrementAndGet();
					}
				}
				catch (Exception e) {
					errors.incrementAndGet();
				}
				latencies[n] = System.nanoTime() - t;
				CLIENT_CPU.addAndGet(CLIENT_CPU_CLOCK.getCurrentThreadCpuTime() - cpu);
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		clients.shutdown();
		return new Run(latencies, errors.get());
	}

	static final int DOOR_DEVICES = 20;

	/** Each device scans a ticket this often at the door (-Dbench.scan-ms): 20 devices x 20 scans/s = 400 people a second. */
	static final long SCAN_INTERVAL_NANOS = Long.getLong("bench.scan-ms", 50) * 1_000_000;

	/**
	 * Checks in every ticket from {@link #DOOR_DEVICES} devices with an organiser token. Flat out
	 * ({@code paced} false), each device sends its next scan when the answer comes. Paced, each
	 * device scans at {@link #SCAN_INTERVAL_NANOS} (staggered between devices), and a latency
	 * counts from the moment the scan was due, so a device held up by a slow answer shows it.
	 */
	static Run checkIn(HttpClient http, String base, String token, UUID event, List<String> tickets, boolean paced)
			throws Exception {
		long[] latencies = new long[tickets.size()];
		ExecutorService doors = Executors.newFixedThreadPool(DOOR_DEVICES);
		List<Future<?>> devices = new ArrayList<>();
		AtomicInteger errors = new AtomicInteger();
		long open = System.nanoTime() + 10_000_000;
		for (int d = 0; d < DOOR_DEVICES; d++) {
			int device = d;
			devices.add(doors.submit(() -> {
				for (int n = device, k = 0; n < tickets.size(); n += DOOR_DEVICES, k++) {
					long due = paced ? open + k * SCAN_INTERVAL_NANOS + device * SCAN_INTERVAL_NANOS / DOOR_DEVICES : System.nanoTime();
					java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
					try {
						HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + event + "/checkins"))
							.header("Content-Type", "application/json")
							.header("Authorization", "Bearer " + token)
							.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + tickets.get(n) + "\"}"))
							.build(), HttpResponse.BodyHandlers.ofString());
						if (r.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					catch (Exception e) {
						errors.incrementAndGet();
					}
					latencies[n] = System.nanoTime() - due;
				}
			}));
		}
		for (Future<?> f : devices) {
			f.get();
		}
		doors.shutdown();
		return new Run(latencies, errors.get());
	}

	/** The signed tickets of the event's confirmed participants, as their e-mails carry them. */
	static List<String> confirmedTickets(ConfigurableApplicationContext context, UUID event) {
		Participants registered = context.getBean(Participants.class);
		return registered.registrations(event)
			.stream()
			.filter(r -> r.status() == th.tipnet.events.RegistrationStatus.CONFIRMED)
			.map(registered::ticketOf)
			.toList();
	}

	static long count(JdbcTemplate jdbc, UUID event, String mode, String status) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ? AND attendance_mode = ? AND status = ?",
				Long.class, event, mode, status);
	}

	static UUID plan(ConfigurableApplicationContext context) {
		Directory directory = context.getBean(Directory.class);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"), new SimpleGrantedAuthority("SIGNED_IN"))));
		try {
			Instant now = Instant.now();
			return context.getBean(EventPlanning.class)
				.plan(new EventPlan("bench-" + UUID.randomUUID().toString().substring(0, 8), EventType.CAMPAIGN_DAY,
						"วันรณรงค์ (ทดสอบประสิทธิภาพ)", "Campaign day (benchmark)", null, null, now.plus(Duration.ofDays(1)),
						now.plus(Duration.ofDays(1)).plus(Duration.ofHours(4)), "IMPACT", "Phoenix Ballroom", null, null, null, null,
						400, 400, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(12)), division, Set.of(),
						List.of(new AgendaItem("08:30", "ลงทะเบียน", "Registration", null)),
						List.of(new ParticipantGroup("G1", "กลุ่ม 1", "Group 1", 150, 200, false),
								new ParticipantGroup("G2", "กลุ่ม 2", "Group 2", 150, 200, false),
								new ParticipantGroup("G3", "กลุ่ม 3", "Group 3", 100, null, false))))
				.id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static String organiserToken(ConfigurableApplicationContext context, String base, HttpClient http) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Bench-admin-password-1\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String body = r.body();
		int at = body.indexOf("\"access_token\":\"") + 16;
		return body.substring(at, body.indexOf('"', at));
	}

	private EventsBench() {
	}
}
