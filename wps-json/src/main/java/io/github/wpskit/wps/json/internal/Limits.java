package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.wpskit.wps.json.WpsModule;

/**
 * The limits and features of every mapper this module configures, in one place so that the facade,
 * the NDJSON reader and the documentation agree. docs/json-format.md lists the same numbers.
 */
public final class Limits {
  /** Deepest nesting of objects and arrays; the deepest wps document needs fewer than 10. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest string value, in characters; wps-core refuses texts over 10 000 characters anyway. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** Longest single document, in bytes (or characters for text input): 64 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
  /** Longest NDJSON line, in bytes, unless the caller chooses another: 1 MiB. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;

  private Limits() {}

  /**
   * Returns the read constraints with every limit set explicitly. The token count is left unlimited
   * because the document length already bounds it.
   *
   * @param maxDocumentLength the document limit (per line for NDJSON)
   * @return the constraints
   */
  public static StreamReadConstraints readConstraints(long maxDocumentLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(maxDocumentLength)
        .maxTokenCount(0)
        .build();
  }

  /**
   * Creates a JSON factory with the limits: strict JSON only (no comments, no single quotes, no
   * leading zeros, no NaN), streams passed in by callers never closed by Jackson, text written as
   * UTF-8 with only the escapes JSON requires.
   *
   * @param maxDocumentLength the document limit
   * @return the factory
   */
  public static JsonFactory factory(long maxDocumentLength) {
    return JsonFactory.builder()
        .streamReadConstraints(readConstraints(maxDocumentLength))
        .streamWriteConstraints(
            StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Characters outside the BMP as 4-byte UTF-8, not as escaped surrogate halves.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  /**
   * Creates a mapper with the limits, the wps module and every relevant feature set explicitly
   * (Jackson 3 flips several defaults): strict, no coercion, no default typing.
   *
   * @param maxDocumentLength the document limit
   * @return the mapper
   */
  public static ObjectMapper mapper(long maxDocumentLength) {
    return JsonMapper.builder(factory(maxDocumentLength))
        .addModule(new WpsModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .deactivateDefaultTyping()
        .build();
  }
}
