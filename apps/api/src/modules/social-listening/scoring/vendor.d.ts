// Type declarations for the two scoring libraries, which ship none.
declare module 'vader-sentiment' {
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
  };
}

declare module 'wink-naive-bayes-text-classifier' {
  interface NaiveBayesTextClassifier {
    definePrepTasks(tasks: Array<(input: never) => unknown>): number;
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    learn(input: string, label: string): boolean;
    consolidate(): boolean;
    predict(input: string): string;
    computeOdds(input: string): Array<[label: string, odds: number]>;
  }
  function winkNaiveBayesTextClassifier(): NaiveBayesTextClassifier;
  export = winkNaiveBayesTextClassifier;
}

declare module 'wink-nlp-utils' {
  const utils: {
    string: { lowerCase: (s: string) => string; removeExtraSpaces: (s: string) => string; tokenize0: (s: string) => string[] };
    tokens: { removeWords: (t: string[]) => string[]; stem: (t: string[]) => string[] };
  };
  export = utils;
}
