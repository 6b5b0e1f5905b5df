package th.tipnet.common.web;

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;

import th.tipnet.common.Dates;
import th.tipnet.common.InputText;

/**
 * The input rules for JSON bodies and typed query parameters, in one place for every module: text by
 * {@link InputText} (refused characters are a 400 naming the field, invisible formatting is
 * removed), dates within {@link Dates#accepted the years TIPNet accepts}, and no {@code null} inside
 * a list. The same rules reach forms through {@link InputFilter} and {@link Dates#read}.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput implements WebMvcConfigurer {

	private static final Set<Class<?>> DATES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			OffsetDateTime.class, ZonedDateTime.class);

	@Bean
	JacksonModule inputRules() {
		SimpleModule module = new SimpleModule("tipnet-input-rules");
		module.addDeserializer(String.class, new Text());
		module.setDeserializerModifier(new Rules());
		return module;
	}

	/** Dates in query parameters ({@code ?from=2024-06-05}) are read like typed ones, in either era, and bounded. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new QueryDates());
	}

	/** A value refused by an input rule: the message key (and its arguments) say why, the path says where. */
	static final class Refused extends MismatchedInputException {

		private final String messageKey;

		private final transient Object[] arguments;

		Refused(JsonParser parser, Class<?> type, String messageKey, Object... arguments) {
			super(parser, messageKey, type);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		String messageKey() {
			return messageKey;
		}

		Object[] arguments() {
			return arguments;
		}
	}

	/** Every JSON string: refused characters stop it, invisible formatting is taken out (secrets excepted). */
	private static final class Text extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			String text = super.deserialize(p, ctxt);
			if (text == null) {
				return null;
			}
			if (InputText.refused(text)) {
				throw new Refused(p, String.class, InputText.REFUSED);
			}
			return InputText.normalised(fieldName(p), text);
		}

		/** The property a string belongs to, also for the items of a list property. */
		private static String fieldName(JsonParser p) {
			for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
				if (c.currentName() != null) {
					return c.currentName();
				}
			}
			return null;
		}
	}

	private static final class Rules extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
				ValueDeserializer<?> deserializer) {
			return DATES.contains(description.getBeanClass()) ? new BoundedDate(deserializer) : deserializer;
		}

		@Override
		public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return new WithoutNulls(deserializer);
		}

		@Override
		public ValueDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return type.getContentType().isPrimitive() ? deserializer : new WithoutNulls(deserializer);
		}
	}

	/** A date, date and time, or instant outside the accepted years is refused, naming the field. */
	private static final class BoundedDate extends DelegatingDeserializer {

		BoundedDate(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new BoundedDate(delegate);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			Object value = _delegatee.deserialize(p, ctxt);
			if (value != null && !Dates.accepted(value)) {
				throw new Refused(p, value.getClass(), Dates.OUT_OF_RANGE,
						String.valueOf(Dates.EARLIEST_YEAR), String.valueOf(Dates.LATEST_YEAR));
			}
			return value;
		}
	}

	/** A list or array with a {@code null} item is refused, naming the item ({@code provinces[1]}). */
	private static final class WithoutNulls extends DelegatingDeserializer {

		WithoutNulls(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new WithoutNulls(delegate);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			Object value = _delegatee.deserialize(p, ctxt);
			int index = nullAt(value);
			if (index >= 0) {
				Refused refused = new Refused(p, value.getClass(), "error.required");
				refused.prependPath(value, index);
				throw refused;
			}
			return value;
		}

		private static int nullAt(Object value) {
			if (value instanceof Collection<?> items) {
				int i = 0;
				for (Object item : items) {
					if (item == null) {
						return i;
					}
					i++;
				}
			}
			else if (value != null && value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
				for (int i = 0; i < Array.getLength(value); i++) {
					if (Array.get(value, i) == null) {
						return i;
					}
				}
			}
			return -1;
		}
	}

	/** Query parameters typed as dates: read by {@link Dates#read}, so the same years and forms hold everywhere. */
	private static final class QueryDates implements ConditionalGenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(String.class, LocalDate.class),
					new ConvertiblePair(String.class, LocalDateTime.class));
		}

		@Override
		public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
			return true;
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			String text = (String) source;
			if (text == null || text.isBlank()) {
				return null;
			}
			Dates.Typed typed = Dates.read(text).orElseThrow(() -> new IllegalArgumentException("Not a date in the accepted years"));
			return targetType.getType() == LocalDate.class ? typed.date() : typed.dateTime();
		}
	}
}
