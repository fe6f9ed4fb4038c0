package org.zhengce.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.zhengce.pipeline.DocumentPipeline;

/**
 * The {@link DocumentPipeline} of an executor JVM: built the first time a task asks for it with
 * given options, then shared by every task and thread of that JVM (the pipeline is immutable and
 * thread-safe; its dictionaries load once, in their own holders), never rebuilt per record or per
 * partition. The map is the one mutable state, keyed by the handful of option sets a job uses.
 */
final class Pipelines {

  private static final ConcurrentMap<PipelineOptions, DocumentPipeline> BUILT = new ConcurrentHashMap<>();

  private Pipelines() {}

  static DocumentPipeline of(PipelineOptions options) {
    return BUILT.computeIfAbsent(options, PipelineOptions::build);
  }
}
