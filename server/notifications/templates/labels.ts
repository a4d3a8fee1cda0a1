/**
 * The words e-mails use for the ticket vocabulary, in es-CO and English (the guide's names for
 * the impact levels; statuses as a customer reads them).
 */

import type { Language } from '../../domain/coded-error.js';
import type { Channel, Impact } from '../../domain/sla/contract-terms.js';
import type { OutOfScopeCause, TicketStatus } from '../../domain/ticket/ticket-vocabulary.js';

type Words<T extends string> = Readonly<Record<Language, Readonly<Record<T, string>>>>;

const IMPACT: Words<Impact> = {
  es: {
    high: 'Impacto alto',
    medium: 'Impacto medio',
    low: 'Impacto bajo',
    change: 'Cambios en configuraciones',
  },
  en: {
    high: 'High impact',
    medium: 'Medium impact',
    low: 'Low impact',
    change: 'Configuration changes',
  },
};

const STATUS: Words<TicketStatus> = {
  es: {
    new: 'Registrado',
    in_progress: 'En atención',
    waiting_customer: 'En espera de respuesta del cliente',
    solution_proposed: 'Solución propuesta',
    closed: 'Cerrado',
  },
  en: {
    new: 'Registered',
    in_progress: 'In progress',
    waiting_customer: 'Waiting for the customer',
    solution_proposed: 'Solution proposed',
    closed: 'Closed',
  },
};

const CHANNEL: Words<Channel> = {
  es: {
    web: 'Portal web',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    monitoring: 'Monitoreo',
  },
  en: { web: 'Web portal', phone: 'Phone', email: 'E-mail', monitoring: 'Monitoring' },
};

// SPEC §5.3, in the guide's words ("Falla del proveedor de servicios, equipos que no estén
// cubiertos dentro del contrato de soporte").
const CAUSE: Words<OutOfScopeCause> = {
  es: {
    provider_failure: 'Falla del proveedor de servicios',
    equipment_not_covered: 'Equipo no cubierto por el contrato de soporte',
    other: 'Otra causa ajena al servicio contratado',
  },
  en: {
    provider_failure: 'Failure of the service provider',
    equipment_not_covered: 'Equipment not covered by the support contract',
    other: 'Another cause outside the contracted service',
  },
};

const RATINGS: Readonly<Record<Language, readonly [string, string, string, string, string]>> = {
  es: ['Muy mala', 'Mala', 'Regular', 'Buena', 'Excelente'],
  en: ['Very poor', 'Poor', 'Fair', 'Good', 'Excellent'],
};

/** The guide's name of an impact level. */
export function impactLabel(impact: Impact, language: Language): string {
  return IMPACT[language][impact];
}

/** A ticket status as an e-mail names it. */
export function statusLabel(status: TicketStatus, language: Language): string {
  return STATUS[language][status];
}

/** The channel a ticket came through. */
export function channelLabel(channel: Channel, language: Language): string {
  return CHANNEL[language][channel];
}

/** Why a ticket fell outside the contracted service. */
export function causeLabel(cause: OutOfScopeCause, language: Language): string {
  return CAUSE[language][cause];
}

/** The words of the ratings 1 to 5, in order. */
export function ratingLabels(language: Language): readonly string[] {
  return RATINGS[language];
}
