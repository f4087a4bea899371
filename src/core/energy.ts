/**
 * Energy and emissions of a run: GPU-hours × board power × PUE, times a grid's carbon intensity.
 * The method and the defaults are those of Touvron et al. 2023 (LLaMA, §6, Table 15: PUE 1.1, the US
 * national average 0.385 kg CO2eq/kWh, A100-80GB at 400 W), which Llama 2 (Table 2) reuses.
 */

/** Power usage effectiveness assumed when none is given (LLaMA §6). */
export const DEFAULT_PUE = 1.1;
/** Grid carbon intensity assumed when none is given, kg CO2eq per kWh (LLaMA §6, US national average). */
export const DEFAULT_GRID_KG_PER_KWH = 0.385;

export interface EnergyInput {
  gpuHours: number;
  /** Board power of one GPU, W. */
  watts: number;
  pue: number;
  /** kg CO2eq per kWh. */
  gridKgPerKwh: number;
}

export interface Energy {
  /** Facility energy, J (base unit); kWh = J / 3.6e6. */
  joules: number;
  kwh: number;
  /** Emissions, kg CO2eq. */
  co2Kg: number;
}

/** E = GPU-h × W × PUE (Wu et al. 2022, as used by LLaMA §6); CO2 = E × intensity. */
export function trainingEnergy({ gpuHours, watts, pue, gridKgPerKwh }: EnergyInput): Energy {
  const kwh = (gpuHours * watts * pue) / 1000;
  return { joules: kwh * 3.6e6, kwh, co2Kg: kwh * gridKgPerKwh };
}
