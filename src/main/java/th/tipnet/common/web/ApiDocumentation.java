package th.tipnet.common.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import th.tipnet.common.Dates;
import th.tipnet.common.PublicUrl;

/**
 * The OpenAPI document states the rules the server enforces on every input, in one place, so a client
 * learns them from the document rather than from refusals: the text rule of {@link th.tipnet.common.InputText}
 * as a {@code pattern} on every free-text string (bodies, query and path parameters), the accepted
 * years of {@link Dates} on every date, the body size and content types of {@link InputFilter} with
 * their 413 and 415, the 400 naming the field, and {@code Retry-After} on every 429 and 503. Its
 * {@code servers} entry is the configured public address ({@link PublicUrl}), never the request's
 * {@code Host} header.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/**
	 * Text without the characters {@link th.tipnet.common.InputText#refused} refuses: C0 controls other
	 * than tab and line breaks, DEL, C1 controls, U+FFFE, U+FFFF (ECMA-262 syntax, as JSON Schema asks).
	 */
	static final String TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]*$";

	static final String TEXT_RULE = "Text may not hold control characters (NUL, other C0 codes except tab and line "
			+ "breaks, DEL, C1 codes), unpaired surrogates or U+FFFE/U+FFFF: 400 naming the field. Bidirectional "
			+ "controls and zero-width characters are removed (not from passwords).";

	/** A calendar date in the accepted years, as JSON bodies take it (ISO-8601). */
	static final String DATE_PATTERN = "^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$";

	static final String DATE_RULE = "Between the years " + Dates.EARLIEST_YEAR + " and " + Dates.LATEST_YEAR
			+ " (in Asia/Bangkok), else 400 naming the field.";

	/** Formats whose values the server reads as something other than free text. */
	private static final Set<String> NOT_TEXT = Set.of("uuid", "date", "date-time", "binary", "byte", "int32", "int64");

	@Bean
	ServerBaseUrlCustomizer serversFromThePublicUrl(PublicUrl publicUrl) {
		return (fromRequest, request) -> publicUrl.base();
	}

	@Bean
	OpenApiCustomizer inputRulesInTheDocument(@Value("${tipnet.input.max-body-size:2MB}") DataSize maxBody,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxMultipart) {
		return openApi -> new Rules(openApi, maxBody, maxMultipart).apply();
	}

	/** One pass over the document; each schema object is visited once (components are shared). */
	private static final class Rules {

		private final OpenAPI openApi;

		private final DataSize maxBody;

		private final DataSize maxMultipart;

		private final Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();

		Rules(OpenAPI openApi, DataSize maxBody, DataSize maxMultipart) {
			this.openApi = openApi;
			this.maxBody = maxBody;
			this.maxMultipart = maxMultipart;
		}

		void apply() {
			Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
			if (info.getTitle() == null || "OpenAPI definition".equals(info.getTitle())) {
				// springdoc's placeholder title and version say nothing to a reader of the document
				info.title("TIPNet API").version("v1");
			}
			if (openApi.getServers() != null) {
				openApi.getServers().forEach(server -> server.setDescription("TIPNet (the configured tipnet.public-url)"));
			}
			info.setDescription(joined(info.getDescription(), "Input rules for every operation: " + TEXT_RULE
					+ " Dates and times: " + DATE_RULE + " Request bodies: at most " + megabytes(maxBody)
					+ " MB (multipart uploads " + megabytes(maxMultipart) + " MB), else 413; a Content-Type other than the "
					+ "operation's (a wildcard, an unreadable type, an unknown charset) is 415. Rate-limited operations "
					+ "answer 429 with Retry-After in seconds."));
			openApi.setInfo(info);
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().values().forEach(s -> schema(s, true));
			}
			if (openApi.getPaths() == null) {
				return;
			}
			for (PathItem path : openApi.getPaths().values()) {
				parameters(path.getParameters());
				for (Operation operation : path.readOperations()) {
					operation(operation);
				}
			}
		}

		private void operation(Operation operation) {
			parameters(operation.getParameters());
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			operation.setResponses(responses);
			if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				Content content = operation.getRequestBody().getContent();
				content.values().forEach(media -> schema(media.getSchema(), true));
				boolean multipart = content.keySet().stream().anyMatch(type -> type.startsWith("multipart/"));
				String types = String.join(", ", content.keySet());
				DataSize limit = multipart ? maxMultipart : maxBody;
				operation.getRequestBody().setDescription(joined(operation.getRequestBody().getDescription(),
						"At most " + megabytes(limit) + " MB, as " + types + "."));
				absent(responses, "413", "The request body is larger than " + megabytes(limit) + " MB");
				absent(responses, "415", "A Content-Type other than " + types
						+ " (a wildcard, an unreadable type or an unknown charset)");
			}
			if (operation.getRequestBody() != null || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
				absent(responses, "400", "Malformed input, named in errors: not JSON, a value of the wrong type, "
						+ "text with control characters, a date outside " + Dates.EARLIEST_YEAR + "–" + Dates.LATEST_YEAR);
			}
			retryAfter(responses.get("429"));
			retryAfter(responses.get("503"));
		}

		private void parameters(List<Parameter> parameters) {
			if (parameters == null) {
				return;
			}
			for (Parameter p : parameters) {
				// Headers are not read through the text rule; query and path parameters are.
				if ("query".equals(p.getIn()) || "path".equals(p.getIn())) {
					// Query dates are also read in the Buddhist era (05/06/2567): no ISO pattern for them.
					schema(p.getSchema(), false);
				}
			}
		}

		private void schema(Schema<?> schema, boolean isoDates) {
			if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
				return;
			}
			if (is(schema, "string")) {
				string(schema, isoDates);
			}
			schema(schema.getItems(), isoDates);
			if (schema.getProperties() != null) {
				schema.getProperties().values().forEach(s -> schema(s, isoDates));
			}
			if (schema.getAdditionalProperties() instanceof Schema<?> values) {
				schema(values, isoDates);
			}
			for (List<Schema> composed : composed(schema)) {
				composed.forEach(s -> schema(s, isoDates));
			}
		}

		private static void string(Schema<?> schema, boolean isoDates) {
			String format = schema.getFormat();
			if ("date".equals(format) || "date-time".equals(format)) {
				schema.setDescription(joined(schema.getDescription(), DATE_RULE));
				if ("date".equals(format) && isoDates && schema.getPattern() == null) {
					schema.setPattern(DATE_PATTERN);
				}
			}
			else if ((format == null || !NOT_TEXT.contains(format)) && (schema.getEnum() == null || schema.getEnum().isEmpty())
					&& schema.getPattern() == null) {
				schema.setPattern(TEXT_PATTERN);
			}
		}

		@SuppressWarnings("rawtypes")
		private static List<List<Schema>> composed(Schema<?> schema) {
			List<List<Schema>> all = new ArrayList<>();
			for (List<Schema> list : new ArrayList<List<Schema>>(java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(),
					schema.getAnyOf()))) {
				if (list != null) {
					all.add(list);
				}
			}
			return all;
		}

		private static boolean is(Schema<?> schema, String type) {
			Collection<String> types = schema.getTypes();
			return type.equals(schema.getType()) || types != null && types.contains(type);
		}

		private static void retryAfter(ApiResponse response) {
			if (response == null || response.getHeaders() != null && response.getHeaders().containsKey("Retry-After")) {
				return;
			}
			response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
				.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
		}

		private static void absent(ApiResponses responses, String status, String description) {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, new ApiResponse().description(description)
					.content(new Content().addMediaType("application/problem+json", new MediaType())));
			}
		}

		private static String joined(String existing, String rule) {
			return existing == null || existing.isBlank() ? rule : existing.contains(rule) ? existing : existing + " " + rule;
		}

		private static String megabytes(DataSize size) {
			long mb = size.toMegabytes();
			return mb * 1024 * 1024 == size.toBytes() ? String.valueOf(mb) : String.format(java.util.Locale.ROOT, "%.1f",
					size.toBytes() / (1024.0 * 1024.0));
		}
	}
}
