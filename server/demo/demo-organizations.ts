/**
 * Demo customer organizations, one per modality, so a fresh install shows every calendar and
 * service combination. The companies, people and domains are FICTITIOUS: any resemblance to a
 * real Colombian company is accidental, and `.example` domains never receive mail (RFC 2606).
 */

import type { DemoOrganization } from './demo-types.js';

const VALID_FROM = '2026-01-01';
const VALID_TO = '2027-12-31';

/** Three customers: 5x8 support, 6x8 support + monitoring, 7x24 managed with on-site support. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    key: 'guaduales',
    name: 'Transportes Los Guaduales S.A.S.',
    city: 'Cali',
    emailDomain: 'guaduales.example',
    contract: {
      key: 'guaduales-5x8',
      modality: '5x8',
      services: ['support'],
      onSite: null,
      coveredPlatforms: ['Firewall Fortinet FG-60F', 'Red LAN', 'Servidores Windows'],
      validFrom: VALID_FROM,
      validTo: VALID_TO,
    },
  },
  {
    key: 'santa-brigida',
    name: 'Clínica Santa Brígida del Eje S.A.S.',
    city: 'Pereira',
    emailDomain: 'santabrigida.example',
    contract: {
      key: 'santa-brigida-6x8',
      modality: '6x8',
      services: ['support', 'monitoring'],
      onSite: null,
      coveredPlatforms: [
        'Firewall Fortinet FG-100F',
        'Servidores Linux',
        'Red LAN',
        'Red inalámbrica (Wi-Fi)',
      ],
      validFrom: VALID_FROM,
      validTo: VALID_TO,
    },
  },
  {
    key: 'aburra-norte',
    name: 'Confecciones Aburrá Norte S.A.',
    city: 'Medellín',
    emailDomain: 'aburranorte.example',
    contract: {
      key: 'aburra-norte-7x24',
      modality: '7x24',
      services: ['support', 'administration', 'monitoring', 'managed'],
      onSite: { city: 'Medellín' },
      coveredPlatforms: [
        'Firewall Fortinet FG-200F en alta disponibilidad',
        'Servidores Linux',
        'Servidores Windows',
        'Virtualización VMware vSphere',
        'Red LAN',
        'Red WAN entre sedes',
        'Correo electrónico',
      ],
      validFrom: VALID_FROM,
      validTo: VALID_TO,
    },
  },
];
