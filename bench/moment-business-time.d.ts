/**
 * Types for the part of moment-business-time (which ships none) the benchmark uses: the plugin
 * adds methods to moment's prototype, so they are declared on moment's `Moment` interface.
 */

import 'moment';

declare module 'moment' {
  interface Moment {
    /** Adds working time in place (and returns the same moment), per the locale's hours. */
    addWorkingTime(amount: number, unit: unitOfTime.Base): Moment;
    /** True when the moment lies within the locale's working hours (window ends included). */
    isWorkingTime(): boolean;
  }
}
