package nl.wijkstem.voting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact fraction, always reduced, the denominator positive. Equal Shares compares
 * prices with these where doubles could be wrong.
 */
record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

	static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

	static Ratio of(long value) {
		return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
	}

	static Ratio of(BigInteger numerator, BigInteger denominator) {
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
			numerator = numerator.divide(gcd);
			denominator = denominator.divide(gcd);
		}
		return new Ratio(numerator, denominator);
	}

	Ratio plus(Ratio other) {
		if (denominator.equals(other.denominator)) {
			return of(numerator.add(other.numerator), denominator);
		}
		return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Ratio minus(Ratio other) {
		return plus(new Ratio(other.numerator.negate(), other.denominator));
	}

	Ratio times(long factor) {
		return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
	}

	Ratio dividedBy(long divisor) {
		return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
	}

	@Override
	public int compareTo(Ratio other) {
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

	/** The nearest double, give or take one unit in the last place. */
	double toDouble() {
		if (denominator.equals(BigInteger.ONE)) {
			return numerator.doubleValue();
		}
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
	}

}
