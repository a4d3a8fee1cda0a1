/** The API's reports (server/http/routes/reports), as the console reads them. */

interface Period {
  readonly from: string;
  readonly to: string;
  readonly organizationId: string | null;
}

export interface FirstResponseReport extends Period {
  readonly rows: readonly {
    readonly organizationId: string;
    readonly organizationName: string;
    readonly month: string;
    readonly impact: string;
    readonly tickets: number;
    readonly onTime: number;
    readonly breaches: number;
    readonly pending: number;
    readonly percentOnTime: number | null;
    readonly medianMinutes: number | null;
    readonly p90Minutes: number | null;
  }[];
}

export interface ResolutionReport extends Period {
  readonly rows: readonly {
    readonly organizationId: string;
    readonly organizationName: string;
    readonly month: string;
    readonly resolution: string;
    readonly tickets: number;
  }[];
}

export interface DeflectionReport extends Period {
  readonly rows: readonly {
    readonly articleId: string;
    readonly title: string;
    readonly deflections: number;
  }[];
}

export interface SatisfactionReport extends Period {
  readonly rows: readonly {
    /** null: the total of every organization shown. */
    readonly organizationId: string | null;
    readonly organizationName: string;
    readonly invited: number;
    readonly rated: number;
    readonly average: number | null;
    readonly distribution: readonly number[];
  }[];
}

export interface ReportFilters {
  readonly from: string;
  readonly to: string;
  readonly organizationId: string;
}
