/**
 * How the entries of data/experimental/bqnunu_measurements.yaml become measurement records: for each YAML node
 * holding numbers, the emiss observable that predicts it, the data samples it uses (overlap tags) and, for nodes
 * that carry both a limit and a central value, which of the two. The numbers themselves are read from the YAML by
 * src/io/measurements-yaml.ts; src/stats/measurements/catalogue.ts holds the same records for code that cannot read
 * files, and test/measurements.test.ts checks that the two agree number by number.
 *
 * Dataset tags (overlapping results must not be multiplied in one likelihood):
 *   belle2-ita-2019-2022, belle2-hta-2019-2022  Belle II 362 fb⁻¹ on-resonance + off-resonance (2023 analysis; the
 *                                                2021 inclusive result used the first 63 fb⁻¹ of the same sample)
 *   babar-had, babar-sl, belle-had, belle-sl     the four B-factory tagging samples (a combination carries all its
 *                                                inputs' tags)
 *   na62-2016-2018, na62-2021-2022, na62-2023-2024, e949, koto-2015, koto-2016-2018, koto-2021
 */
export interface YamlMapEntry {
  /** path of the node with the numbers */
  readonly path: readonly string[];
  readonly experiment: string;
  readonly quantity: string;
  readonly observable: string;
  readonly datasets: readonly string[];
  /** for nodes with both an upper limit and a central value: which one this record is (default: the limit) */
  readonly take?: 'limit' | 'value';
  /** derive flavio-style counts from KOTO's observed events and expected background */
  readonly countsFrom?: 'observed-expected';
  /** ids of the results a combination contains */
  readonly includes?: readonly string[];
  readonly note?: string;
}

const B2 = ['belle2-ita-2019-2022'];
const B2H = ['belle2-hta-2019-2022'];

export const YAML_MAP: readonly YamlMapEntry[] = Object.freeze([
  // Belle II 2023 (arXiv:2311.14647)
  { path: ['belle2_2023_bknunu', 'results', 'ITA'], experiment: 'Belle II', quantity: 'BR(B+->K+ nu nubar), ITA', observable: 'BRinv(B+->K)', datasets: B2 },
  { path: ['belle2_2023_bknunu', 'results', 'HTA'], experiment: 'Belle II', quantity: 'BR(B+->K+ nu nubar), HTA', observable: 'BRinv(B+->K)', datasets: B2H },
  {
    path: ['belle2_2023_bknunu', 'results', 'combined'],
    experiment: 'Belle II',
    quantity: 'BR(B+->K+ nu nubar), ITA + HTA',
    observable: 'BRinv(B+->K)',
    datasets: [...B2, ...B2H],
    includes: ['belle2_2023_bknunu/ITA', 'belle2_2023_bknunu/HTA'],
    note: 'the same data as the pyhf workspace (belle2_2023_bknunu/pyhf); use one or the other',
  },
  // Belle II 2021 inclusive (arXiv:2104.12624): a limit (verified) and a central value (recalled)
  { path: ['belle2_2021_bknunu_inclusive', 'results', 'B+->K+nunu'], experiment: 'Belle II', quantity: 'BR(B+->K+ nu nubar)', observable: 'BRinv(B+->K)', datasets: B2 },
  { path: ['belle2_2021_bknunu_inclusive', 'results', 'B+->K+nunu'], take: 'value', experiment: 'Belle II', quantity: 'BR(B+->K+ nu nubar)', observable: 'BRinv(B+->K)', datasets: B2 },
  // BaBar hadronic tag 2013 (arXiv:1303.7465)
  { path: ['babar_2013_had', 'results', 'B+->K+nunu'], experiment: 'BaBar', quantity: 'BR(B+->K+ nu nubar)', observable: 'BRinv(B+->K)', datasets: ['babar-had'] },
  { path: ['babar_2013_had', 'results', 'B0->K0nunu'], experiment: 'BaBar', quantity: 'BR(B0->K0 nu nubar)', observable: 'BRinv(B0->K)', datasets: ['babar-had'] },
  { path: ['babar_2013_had', 'results', 'B+->K*+nunu'], experiment: 'BaBar', quantity: 'BR(B+->K*+ nu nubar)', observable: 'BRinv(B+->K*)', datasets: ['babar-had'] },
  { path: ['babar_2013_had', 'results', 'B0->K*0nunu'], experiment: 'BaBar', quantity: 'BR(B0->K*0 nu nubar)', observable: 'BRinv(B0->K*)', datasets: ['babar-had'] },
  {
    path: ['babar_2013_had', 'results', 'B->Knunu_combined'],
    experiment: 'BaBar',
    quantity: 'BR(B->K nu nubar), charged and neutral combined (hadronic + semileptonic tag)',
    observable: 'BRinv(B+->K)',
    datasets: ['babar-had', 'babar-sl'],
    includes: ['babar_2013_had/B+->K+nunu', 'babar_2013_had/B0->K0nunu', 'babar_2010_sl/B+->K+nunu', 'babar_2010_sl/B0->K0nunu'],
    note: 'isospin combination; compared with the charged-mode prediction',
  },
  {
    path: ['babar_2013_had', 'results', 'B->K*nunu_combined'],
    experiment: 'BaBar',
    quantity: 'BR(B->K* nu nubar), charged and neutral combined (hadronic + semileptonic tag)',
    observable: 'BRinv(B0->K*)',
    datasets: ['babar-had', 'babar-sl'],
    includes: ['babar_2013_had/B+->K*+nunu', 'babar_2013_had/B0->K*0nunu'],
    note: 'isospin combination; compared with the neutral-mode prediction',
  },
  { path: ['babar_2013_had', 'results', 'J/psi->nunu'], experiment: 'BaBar', quantity: 'BR(J/psi -> nu nubar)', observable: 'BR(J/psi->invisible)', datasets: ['babar-had'] },
  { path: ['babar_2013_had', 'results', 'psi(2S)->nunu'], experiment: 'BaBar', quantity: 'BR(psi(2S) -> nu nubar)', observable: 'BR(psi(2S)->invisible)', datasets: ['babar-had'] },
  { path: ['babar_2013_had', 'central_value_B+->K+nunu'], take: 'value', experiment: 'BaBar', quantity: 'BR(B+->K+ nu nubar)', observable: 'BRinv(B+->K)', datasets: ['babar-had'] },
  // BaBar semileptonic tag 2010 (arXiv:1009.1529)
  { path: ['babar_2010_sl', 'results', 'B+->K+nunu'], experiment: 'BaBar', quantity: 'BR(B+->K+ nu nubar)', observable: 'BRinv(B+->K)', datasets: ['babar-sl'] },
  { path: ['babar_2010_sl', 'results', 'B0->K0nunu'], experiment: 'BaBar', quantity: 'BR(B0->K0 nu nubar)', observable: 'BRinv(B0->K)', datasets: ['babar-sl'] },
  // Belle hadronic tag 2013 (arXiv:1303.3719)
  ...(
    [
      ['B+->K+nunu', 'BR(B+->K+ nu nubar)', 'BRinv(B+->K)'],
      ['B0->K0nunu', 'BR(B0->K0 nu nubar)', 'BRinv(B0->K)'],
      ['B+->K*+nunu', 'BR(B+->K*+ nu nubar)', 'BRinv(B+->K*)'],
      ['B0->K*0nunu', 'BR(B0->K*0 nu nubar)', 'BRinv(B0->K*)'],
      ['B+->pi+nunu', 'BR(B+->pi+ nu nubar)', 'BRinv(B+->pi)'],
      ['B0->pi0nunu', 'BR(B0->pi0 nu nubar)', 'BRinv(B0->pi)'],
      ['B+->rho+nunu', 'BR(B+->rho+ nu nubar)', 'BRinv(B+->rho)'],
      ['B0->rho0nunu', 'BR(B0->rho0 nu nubar)', 'BRinv(B0->rho)'],
    ] as const
  ).flatMap(([k, q, o]) => [
    { path: ['belle_2013_had', 'results', k], experiment: 'Belle', quantity: q, observable: o, datasets: ['belle-had'] },
    { path: ['belle_2017_sl', 'results', k], experiment: 'Belle', quantity: q, observable: o, datasets: ['belle-sl'] },
  ]),
  {
    path: ['belle_2017_sl', 'results', 'B->K*nunu_combined'],
    experiment: 'Belle',
    quantity: 'BR(B->K* nu nubar), charged and neutral, hadronic and semileptonic tag combined',
    observable: 'BRinv(B0->K*)',
    datasets: ['belle-had', 'belle-sl'],
    includes: ['belle_2013_had/B+->K*+nunu', 'belle_2013_had/B0->K*0nunu', 'belle_2017_sl/B+->K*+nunu', 'belle_2017_sl/B0->K*0nunu'],
    note: 'isospin combination; paper 003 uses it as R_K*^nunu <= 2.7 (eq. 5)',
  },
  // Belle II B -> Xs nu nubar (arXiv:2511.10980)
  ...(
    [
      ['B->Xsnunu', 'BR(B->X_s nu nubar)', 'BRinv(B->Xs)'],
      ['partial_MXs_0.0_0.6', 'BR(B->X_s nu nubar), M(X_s) < 0.6 GeV', 'BRinv(B->Xs; M_Xs<0.6)'],
      ['partial_MXs_0.6_1.0', 'BR(B->X_s nu nubar), 0.6 < M(X_s) < 1.0 GeV', 'BRinv(B->Xs; 0.6<M_Xs<1.0)'],
      ['partial_MXs_above_1.0', 'BR(B->X_s nu nubar), M(X_s) > 1.0 GeV', 'BRinv(B->Xs; M_Xs>1.0)'],
    ] as const
  ).map(([k, q, o]) => ({
    path: ['belle2_2025_bxsnunu', 'results', k],
    experiment: 'Belle II',
    quantity: q,
    observable: o,
    datasets: B2H,
    // X_s = K+ is one of the 30 modes, selected with hadronic tagging in the same data as the HTA
    includes: ['belle2_2023_bknunu/HTA'],
  })),
  // kaons
  { path: ['kaon_modes', 'NA62_2016_2022', 'B(K+->pi+nunu)'], experiment: 'NA62', quantity: 'BR(K+->pi+ nu nubar)', observable: 'BRinv(K+->pi)', datasets: ['na62-2016-2018', 'na62-2021-2022'] },
  {
    path: ['kaon_modes', 'NA62_2016_2024_preliminary', 'B(K+->pi+nunu)'],
    experiment: 'NA62',
    quantity: 'BR(K+->pi+ nu nubar) (preliminary)',
    observable: 'BRinv(K+->pi)',
    datasets: ['na62-2016-2018', 'na62-2021-2022', 'na62-2023-2024'],
  },
  { path: ['kaon_modes', 'NA62_2016_2018', 'B(K+->pi+nunu)'], experiment: 'NA62', quantity: 'BR(K+->pi+ nu nubar)', observable: 'BRinv(K+->pi)', datasets: ['na62-2016-2018'] },
  { path: ['kaon_modes', 'E949_2009', 'B(K+->pi+nunu)'], experiment: 'E949', quantity: 'BR(K+->pi+ nu nubar)', observable: 'BRinv(K+->pi)', datasets: ['e949'] },
  {
    path: ['kaon_modes', 'KOTO_2021_data', 'B(KL->pi0nunu)'],
    experiment: 'KOTO',
    quantity: 'BR(KL->pi0 nu nubar)',
    observable: 'BRinv(KL->pi)',
    datasets: ['koto-2021'],
    countsFrom: 'observed-expected',
  },
  { path: ['kaon_modes', 'KOTO_2021_data', 'B(KL->pi0X0, mX=135MeV)'], experiment: 'KOTO', quantity: 'BR(KL->pi0 X0), m_X = 135 MeV', observable: 'BR(KL->pi0X0; m_X=0.135)', datasets: ['koto-2021'] },
  { path: ['kaon_modes', 'KOTO_2016_2018', 'B(KL->pi0nunu)'], experiment: 'KOTO', quantity: 'BR(KL->pi0 nu nubar)', observable: 'BRinv(KL->pi)', datasets: ['koto-2016-2018'] },
  { path: ['kaon_modes', 'KOTO_2015', 'B(KL->pi0nunu)'], experiment: 'KOTO', quantity: 'BR(KL->pi0 nu nubar)', observable: 'BRinv(KL->pi)', datasets: ['koto-2015'] },
  {
    // the YAML writes this key inside a flow mapping, where the comma splits "B(KL->pi0X0, mX=135MeV)" into the keys
    // "B(KL->pi0X0" (null) and "mX=135MeV)" (the numbers); both YAML parsers (yaml, PyYAML) read it that way
    path: ['kaon_modes', 'KOTO_2015', 'mX=135MeV)'],
    experiment: 'KOTO',
    quantity: 'BR(KL->pi0 X0), m_X = 135 MeV',
    observable: 'BR(KL->pi0X0; m_X=0.135)',
    datasets: ['koto-2015'],
    note: 'key split by the YAML flow mapping: read from "mX=135MeV)"',
  },
] satisfies YamlMapEntry[]);

/** Record id of a YAML map entry: the path without the 'results' level, plus ':value' for a central value. */
export function yamlEntryId(e: YamlMapEntry): string {
  return `${e.path.filter((p) => p !== 'results').join('/')}${e.take === 'value' ? ':value' : ''}`;
}
