/**
 * The jqwik kit: arbitraries of the Convention's domain for users' property tests, published as the {@code tests}
 * jar of {@code ccm-indicators} (it holds this package and nothing else):
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.ccmkit</groupId>
 *   <artifactId>ccm-indicators</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <classifier>tests</classifier>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>with {@code net.jqwik:jqwik} (1.10 or later) on the test class path, as any jqwik user has it. Everything is in
 * {@link org.ccmkit.indicators.testkit.DomainArbitraries}: States and registers, deposit, signature and withdrawal
 * dates, obligations and clearance obligations with extensions, the reporting cycles, facts, whole monitoring
 * datasets, indicators and plans. ccmkit's own properties are written against it.
 */
package org.ccmkit.indicators.testkit;
