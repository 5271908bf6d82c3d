package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.Indicator;
import io.github.wpskit.wps.compact.ProgressEntry;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;

/**
 * The registry of codecs: which serializer and deserializer each model type has, and which
 * deserializer reads each document kind. Adding a type means one line here (and a line in
 * {@link #document} when it is a document kind).
 */
public final class Codecs {
  private Codecs() {}

  /**
   * Registers every codec.
   *
   * @param serializers receives the value serializers
   * @param deserializers receives the value deserializers
   * @param keySerializers receives the map-key serializers
   * @param keyDeserializers receives the map-key deserializers
   */
  public static void register(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      SimpleSerializers keySerializers,
      SimpleKeyDeserializers keyDeserializers) {
    add(serializers, deserializers, Resolution.class, ResolutionCodec.SERIALIZER,
        ResolutionCodec.DESERIALIZER);
    add(serializers, deserializers, Vote.class, VoteCodec.SERIALIZER, VoteCodec.DESERIALIZER);
    add(serializers, deserializers, Mission.class, MissionCodec.SERIALIZER,
        MissionCodec.DESERIALIZER);
    add(serializers, deserializers, Closure.class, ClosureCodec.SERIALIZER,
        ClosureCodec.DESERIALIZER);
    add(serializers, deserializers, Mandate.class, MandateCodec.SERIALIZER,
        MandateCodec.DESERIALIZER);
    add(serializers, deserializers, MandateTask.class, MandateTaskCodec.SERIALIZER,
        MandateTaskCodec.DESERIALIZER);
    add(serializers, deserializers, GenderStaffingTable.class, GenderStaffingTableCodec.SERIALIZER,
        GenderStaffingTableCodec.DESERIALIZER);
    add(serializers, deserializers, GenderPost.class, GenderPostCodec.SERIALIZER,
        GenderPostCodec.DESERIALIZER);
    add(serializers, deserializers, CompactCommitment.class, CompactCommitmentCodec.SERIALIZER,
        CompactCommitmentCodec.DESERIALIZER);
    add(serializers, deserializers, Indicator.class, IndicatorCodec.SERIALIZER,
        IndicatorCodec.DESERIALIZER);
    add(serializers, deserializers, CompactReport.class, CompactReportCodec.SERIALIZER,
        CompactReportCodec.DESERIALIZER);
    add(serializers, deserializers, ProgressEntry.class, ProgressEntryCodec.SERIALIZER,
        ProgressEntryCodec.DESERIALIZER);
    add(serializers, deserializers, Signatory.class, SignatoryCodec.SERIALIZER,
        SignatoryCodec.DESERIALIZER);
    add(serializers, deserializers, Deployment.class, DeploymentCodec.SERIALIZER,
        DeploymentCodec.DESERIALIZER);
    add(serializers, deserializers, ParityTargets.class, ParityTargetsCodec.SERIALIZER,
        ParityTargetsCodec.DESERIALIZER);
    add(serializers, deserializers, ParityTarget.class, ParityTargetCodec.SERIALIZER,
        ParityTargetCodec.DESERIALIZER);
    add(serializers, deserializers, ParityAnalysis.class, ParityAnalysisCodec.SERIALIZER,
        ParityAnalysisCodec.DESERIALIZER);
    add(serializers, deserializers, ParityRow.class, ParityRowCodec.SERIALIZER,
        ParityRowCodec.DESERIALIZER);
    add(serializers, deserializers, ValidationReport.class, ValidationReportCodec.SERIALIZER,
        ValidationReportCodec.DESERIALIZER);
    add(serializers, deserializers, ValidationIssue.class, ValidationIssueCodec.SERIALIZER,
        ValidationIssueCodec.DESERIALIZER);
    add(serializers, deserializers, SkippedRule.class, SkippedRuleCodec.SERIALIZER,
        SkippedRuleCodec.DESERIALIZER);
    add(serializers, deserializers, ReferenceCatalog.class, ReferenceCatalogCodec.SERIALIZER,
        ReferenceCatalogCodec.DESERIALIZER);

    for (TextCodec<?> codec : Scalars.TEXT_CODECS) {
      addText(serializers, deserializers, keySerializers, keyDeserializers, codec);
    }
    for (EnumCodec<?> codec : Scalars.ENUM_CODECS) {
      addEnum(serializers, deserializers, keySerializers, keyDeserializers, codec);
    }
  }

  /**
   * Returns the deserializer of a document kind.
   *
   * @param kind the kind
   * @return its deserializer
   */
  public static ObjectDeserializer<?, ?> document(DocumentKind kind) {
    switch (kind) {
      case RESOLUTION:
        return ResolutionCodec.DESERIALIZER;
      case MISSION:
        return MissionCodec.DESERIALIZER;
      case MANDATE:
        return MandateCodec.DESERIALIZER;
      case GENDER_STAFFING_TABLE:
        return GenderStaffingTableCodec.DESERIALIZER;
      case COMPACT_COMMITMENT:
        return CompactCommitmentCodec.DESERIALIZER;
      case COMPACT_REPORT:
        return CompactReportCodec.DESERIALIZER;
      case SIGNATORY:
        return SignatoryCodec.DESERIALIZER;
      case DEPLOYMENT:
        return DeploymentCodec.DESERIALIZER;
      case PARITY_TARGETS:
        return ParityTargetsCodec.DESERIALIZER;
      case PARITY_ANALYSIS:
        return ParityAnalysisCodec.DESERIALIZER;
      case VALIDATION_REPORT:
        return ValidationReportCodec.DESERIALIZER;
      case CATALOG:
        return ReferenceCatalogCodec.DESERIALIZER;
      default:
        throw new AssertionError("no codec for " + kind);
    }
  }

  private static <T> void add(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      Class<T> type,
      JsonSerializer<T> serializer,
      JsonDeserializer<T> deserializer) {
    serializers.addSerializer(type, serializer);
    deserializers.addDeserializer(type, deserializer);
  }

  private static <T> void addText(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      SimpleSerializers keySerializers,
      SimpleKeyDeserializers keyDeserializers,
      TextCodec<T> codec) {
    add(serializers, deserializers, codec.type(), codec.serializer(), codec.deserializer());
    keySerializers.addSerializer(codec.type(), codec.keySerializer());
    keyDeserializers.addDeserializer(codec.type(), codec.keyDeserializer());
  }

  private static <E extends Enum<E>> void addEnum(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      SimpleSerializers keySerializers,
      SimpleKeyDeserializers keyDeserializers,
      EnumCodec<E> codec) {
    add(serializers, deserializers, codec.type(), codec.serializer(), codec.deserializer());
    keySerializers.addSerializer(codec.type(), codec.keySerializer());
    keyDeserializers.addDeserializer(codec.type(), codec.keyDeserializer());
  }
}
