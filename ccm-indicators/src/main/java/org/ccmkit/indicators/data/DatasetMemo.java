package org.ccmkit.indicators.data;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What is computed from a {@link MonitoringDataset} once and kept with it, as its {@link FactIndex} is: the evaluator
 * keeps here each base population it computes, once per population rule and cycle, so that every indicator and every
 * evaluation of the dataset shares it. Each value is a pure function of the dataset and its {@link Key}, so keeping it
 * changes no result, only when the work is done. Safe to use from many threads: a value is computed at most once per
 * key, and the threads asking for it at the same time wait for it.
 */
public final class DatasetMemo {

  /**
   * What to compute from a dataset: a value type (equal keys compute equal values) whose {@link #compute} is a pure
   * function of the dataset and the key, and asks no value of the same memo.
   *
   * @param <V> the type of the value computed
   */
  public interface Key<V> {

    /**
     * Computes the value of this key.
     *
     * @param dataset the dataset the memo is kept with
     * @return the value of this key
     */
    V compute(MonitoringDataset dataset);
  }

  private final MonitoringDataset dataset;
  private final ConcurrentHashMap<Key<?>, Object> values = new ConcurrentHashMap<>();

  DatasetMemo(MonitoringDataset dataset) {
    this.dataset = dataset;
  }

  /**
   * The value of {@code key}, computed now if it has not been.
   *
   * @param key what to compute
   * @param <V> the type of the value
   * @return the value of {@code key}
   */
  @SuppressWarnings("unchecked") // a key of type Key<V> is stored only with its own value, a V
  public <V> V get(Key<V> key) {
    checkArgument(key != null, "key must not be null");
    Object value = values.get(key);
    return (V) (value != null ? value : values.computeIfAbsent(key, k -> k.compute(dataset)));
  }

  /** {@return how many values it keeps} */
  @Override
  public String toString() {
    return "DatasetMemo: " + values.size() + " values";
  }
}
