import type { Bands, Scorecard } from "./scorecard-schema";

// The scorecard that ships (综合积分法). Bands are absolute so a reason can be checked by hand:
// money in yuan, rates as fractions, durations in days or months. Weights sum to 1.
// Edges: a band holds min <= raw < max, so 1,000,000 yuan is in the 1M-5M band.

/** 1-5 ratings (示范作用 strategic value, 能赢能做 winnability): 1 -> 0 ... 5 -> 100. */
const RATING: Bands = [
  { max: 1.5, points: 0 },
  { min: 1.5, max: 2.5, points: 25 },
  { min: 2.5, max: 3.5, points: 50 },
  { min: 3.5, max: 4.5, points: 75 },
  { min: 4.5, points: 100 },
];

/**
 * Industries where a reference customer wins further business (示范效应), zh and en spellings. The first block is
 * the demo seller's own market (a medical-equipment vendor: hospitals and groups first); a real installation
 * stores its own scorecard with its target industries (PUT /api/scorecards, README "Scoring").
 */
const INDUSTRY: Bands = {
  values: {
    hospital: 90,
    医院: 90,
    medical_group: 90,
    医疗集团: 90,
    clinic_chain: 70,
    连锁诊所: 70,
    university: 70,
    高校: 70,
    pharma: 60,
    医药: 60,
    insurance: 40,
    保险: 40,
    energy: 80,
    能源: 80,
    manufacturing: 70,
    制造: 70,
    制造业: 70,
    government: 70,
    政府: 70,
    healthcare: 70,
    医疗: 70,
    finance: 60,
    金融: 60,
    telecom: 60,
    通信: 60,
    education: 50,
    教育: 50,
    retail: 40,
    零售: 40,
  },
  otherwise: 50,
};

/** Public buyers pay on budget cycles: lateness says less about the relationship. */
const PUBLIC_PAYMENT: Bands = [
  { max: 0.3, points: 0 },
  { min: 0.3, max: 0.6, points: 50 },
  { min: 0.6, max: 0.85, points: 80 },
  { min: 0.85, points: 100 },
];

export const defaultScorecard: Scorecard = {
  id: "default-kam",
  name: "default-kam",
  tierThresholds: { S: 75, A: 60, B: 40 },
  dimensions: [
    {
      key: "revenue",
      weight: 0.16,
      rule: {
        kind: "metric",
        metric: "revenue12m",
        missing: 0,
        bands: [
          { max: 100_000, points: 10 },
          { min: 100_000, max: 500_000, points: 30 },
          { min: 500_000, max: 1_000_000, points: 50 },
          { min: 1_000_000, max: 5_000_000, points: 70 },
          { min: 5_000_000, max: 10_000_000, points: 85 },
          { min: 10_000_000, points: 100 },
        ],
      },
    },
    {
      key: "growth",
      weight: 0.08,
      rule: {
        kind: "metric",
        metric: "growth",
        missing: 40, // no prior-year revenue: new or lapsed, neither rewarded nor punished much
        bands: [
          { max: -0.3, points: 0 },
          { min: -0.3, max: -0.1, points: 20 },
          { min: -0.1, max: 0.05, points: 50 },
          { min: 0.05, max: 0.2, points: 75 },
          { min: 0.2, points: 100 },
        ],
      },
    },
    {
      key: "shareOfWallet",
      weight: 0.08,
      rule: {
        kind: "metric",
        metric: "shareOfWallet",
        missing: 30,
        bands: [
          { max: 0.1, points: 10 },
          { min: 0.1, max: 0.3, points: 40 },
          { min: 0.3, max: 0.6, points: 70 },
          { min: 0.6, points: 100 },
        ],
      },
    },
    {
      key: "purchaseDuration",
      weight: 0.05,
      rule: {
        kind: "metric",
        metric: "purchaseMonths",
        missing: 0,
        bands: [
          { max: 3, points: 20 },
          { min: 3, max: 12, points: 50 },
          { min: 12, max: 36, points: 80 },
          { min: 36, points: 100 },
        ],
      },
    },
    {
      key: "orderFrequency",
      weight: 0.07,
      rule: {
        kind: "metric",
        metric: "orders12m",
        missing: 0,
        bands: [
          { max: 1, points: 0 },
          { min: 1, max: 3, points: 30 },
          { min: 3, max: 6, points: 55 },
          { min: 6, max: 12, points: 80 },
          { min: 12, points: 100 },
        ],
      },
    },
    {
      key: "recency",
      weight: 0.06,
      rule: {
        kind: "metric",
        metric: "recencyDays",
        missing: 0,
        bands: [
          { max: 30, points: 100 },
          { min: 30, max: 90, points: 75 },
          { min: 90, max: 180, points: 40 },
          { min: 180, max: 365, points: 15 },
          { min: 365, points: 0 },
        ],
      },
    },
    {
      key: "margin",
      weight: 0.09,
      rule: {
        kind: "metric",
        metric: "marginRate",
        missing: 40,
        bands: [
          { max: 0.1, points: 10 },
          { min: 0.1, max: 0.2, points: 40 },
          { min: 0.2, max: 0.3, points: 70 },
          { min: 0.3, points: 100 },
        ],
      },
    },
    {
      key: "paymentPunctuality",
      weight: 0.07,
      rule: {
        kind: "metric",
        metric: "onTimePaymentRate",
        missing: 60,
        bands: [
          { max: 0.5, points: 0 },
          { min: 0.5, max: 0.8, points: 40 },
          { min: 0.8, max: 0.95, points: 75 },
          { min: 0.95, points: 100 },
        ],
      },
    },
    {
      key: "relationship",
      weight: 0.08,
      rule: {
        kind: "metric",
        metric: "relationship",
        missing: 0,
        bands: [
          { max: 1, points: 0 },
          { min: 1, max: 2, points: 25 },
          { min: 2, max: 3, points: 50 },
          { min: 3, max: 4, points: 75 },
          { min: 4, points: 100 },
        ],
      },
    },
    {
      key: "strategicValue",
      weight: 0.08,
      rule: { kind: "attribute", attribute: "strategicValue", missing: 25, bands: RATING },
    },
    {
      key: "winnability",
      weight: 0.07,
      rule: { kind: "attribute", attribute: "winnability", missing: 25, bands: RATING },
    },
    { key: "industry", weight: 0.05, rule: { kind: "attribute", attribute: "industry", missing: 50, bands: INDUSTRY } },
    {
      key: "size",
      weight: 0.06,
      rule: {
        kind: "attribute",
        attribute: "employees",
        missing: 30,
        bands: [
          { max: 100, points: 20 },
          { min: 100, max: 500, points: 40 },
          { min: 500, max: 2000, points: 60 },
          { min: 2000, max: 10_000, points: 80 },
          { min: 10_000, points: 100 },
        ],
      },
    },
  ],
  industryOverrides: {
    government: { bands: { paymentPunctuality: PUBLIC_PAYMENT } },
    政府: { bands: { paymentPunctuality: PUBLIC_PAYMENT } },
    // Retail accounts are smaller and thinner-margin: a lower bar for each tier.
    retail: { tierThresholds: { S: 70, A: 55, B: 35 } },
    零售: { tierThresholds: { S: 70, A: 55, B: 35 } },
  },
};
