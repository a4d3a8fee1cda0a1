/**
 * The FAQ a fresh install ships with (SPEC §7: the user visits it before registering a case),
 * drawn from the guide's checklist, hours and levels. Spanish Markdown; an admin edits it later.
 * The texts keep their accents (conexión, configuración): search folds them, the content must not.
 */

import type { FaqArticle } from './demo-types.js';

/** FAQ articles in the order of the guide's checklist, then how to report and call. */
export const DEMO_FAQ: readonly FaqArticle[] = [
  {
    slug: 'cambios-de-infraestructura-y-equipos-encendidos',
    title: 'Antes de reportar: ¿hubo cambios y están encendidos los equipos?',
    tags: ['validaciones', 'infraestructura', 'equipos', 'energía'],
    body: `Muchas fallas se explican por algo que cambió hace poco. Antes de registrar un caso revise:

1. **Cambios de infraestructura.** ¿Se conectaron equipos nuevos o se modificaron conexiones físicas (cables, puertos, tomas eléctricas)? Anote qué cambió y cuándo: ese dato acorta mucho el diagnóstico.
2. **Equipos encendidos.** Confirme que los equipos involucrados están encendidos: luces de encendido y de actividad, pantalla o consola. Si un equipo se apagó, revise la alimentación eléctrica y la UPS antes de encenderlo de nuevo.

Si el problema sigue, registre el caso e incluya lo que revisó.`,
  },
  {
    slug: 'conectividad-ping',
    title: '¿Cómo compruebo la conexión con ping?',
    tags: ['validaciones', 'conectividad', 'ping', 'red'],
    body: `\`ping\` indica si un equipo responde en la red. Desde un computador de la misma red:

- Windows: \`ping 192.168.1.1\`
- Linux o macOS: \`ping -c 4 192.168.1.1\`

Reemplace la dirección por la del equipo que falla (el firewall, el servidor…).

- **Responde** ("Respuesta desde…" o "bytes from…"): hay conexión; el problema probablemente está en un servicio o en la configuración.
- **No responde** ("Tiempo de espera agotado" o "100% packet loss"): revise cables, puertos del switch y que el equipo esté encendido. Algunos equipos no responden ping por seguridad; si es su caso, indíquelo.

Copie el resultado en el caso: nos ahorra una pregunta.`,
  },
  {
    slug: 'configuracion-de-red-ip-puerta-de-enlace-dns',
    title: '¿Cómo reviso la configuración de red (IP, puerta de enlace, DNS)?',
    tags: ['validaciones', 'configuración', 'red', 'ip', 'dns', 'puerta de enlace'],
    body: `Una dirección IP, una puerta de enlace o un DNS equivocados hacen que un equipo encendido parezca caído.

- Windows: \`ipconfig /all\`
- Linux: \`ip addr\` y \`ip route\`; los servidores DNS con \`resolvectl status\` o en \`/etc/resolv.conf\`.

Compruebe que:

1. La **dirección IP** y la máscara corresponden a la red del equipo y ningún otro equipo usa la misma IP.
2. La **puerta de enlace** (gateway) responde a ping.
3. Los **servidores DNS** son los de su organización.

Si alguien cambió la configuración hace poco, dígalo al registrar el caso.`,
  },
  {
    slug: 'servicios-dns-web-correo-ntp',
    title: '¿Cómo sé si mis servicios (DNS, web, correo, NTP) están operando?',
    tags: ['validaciones', 'servicios', 'dns', 'web', 'correo', 'ntp'],
    body: `Si la red funciona pero algo falla, revise los servicios de los que depende:

| Servicio | Prueba rápida |
|---|---|
| DNS local | \`nslookup servidor.suempresa.local\` devuelve una dirección |
| Servidor web | el sitio abre en el navegador, o \`curl -I https://su-sitio\` responde |
| Correo | un mensaje de prueba sale y llega |
| NTP (hora) | la hora del equipo es la oficial: \`w32tm /query /status\` en Windows, \`timedatectl\` en Linux |

Una hora desfasada rompe inicios de sesión, certificados y VPN: revísela aunque parezca ajena al problema.`,
  },
  {
    slug: 'manual-del-producto',
    title: '¿Dónde encuentro el manual del producto?',
    tags: ['validaciones', 'manual', 'documentación'],
    body: `Cada fabricante publica manuales, guías de configuración y notas de versión de sus equipos. Muchas dudas de uso, mensajes de error y límites de una versión están explicados allí.

- Busque el modelo exacto y la versión de software (firmware) del equipo.
- Revise la sección de solución de problemas y las notas de versión.
- Si el manual no resuelve su duda, registre el caso e indique qué sección consultó.`,
  },
  {
    slug: 'como-reportar-un-caso',
    title: '¿Cómo reporto un caso?',
    tags: ['reportar', 'ticket', 'portal', 'correo'],
    body: `1. Ingrese al portal y elija **Nuevo caso**.
2. Responda las validaciones previas (cambios, equipos encendidos, conectividad, configuración, servicios, manual): quedan guardadas con el caso y ayudan al diagnóstico.
3. Elija el **nivel de impacto** y describa la falla: qué pasa, desde cuándo, qué equipos afecta y qué ya probó. Adjunte capturas o registros si los tiene.
4. Le escribiremos al correo electrónico del usuario que registró el caso. Si necesitamos información o pruebas, se las pediremos: respóndanos por el portal o respondiendo el correo.

El caso se cierra cuando usted acepta la solución, cuando pasan dos períodos de nivel de servicio sin respuesta suya (el primero genera una advertencia) o cuando la falla es ajena al servicio contratado. Si responde sobre un caso cerrado, se abre un caso nuevo con nuevos tiempos de respuesta.

Contratos 7x24: un caso de impacto alto fuera del horario de lunes a sábado de 8:00 a 18:00 se reporta **por teléfono**.`,
  },
  {
    slug: 'horarios-de-atencion',
    title: '¿En qué horario me atienden?',
    tags: ['horario', 'modalidad', '5x8', '6x8', '7x24', 'festivos'],
    body: `Depende de la modalidad de su contrato. Las horas son de Colombia (UTC-5).

| Modalidad | Horario | Restricciones |
|---|---|---|
| 5x8 | Lunes a viernes, 8:00–12:00 y 14:00–18:00 | No incluye festivos |
| 6x8 | Lunes a sábado, 8:00–12:00 y 14:00–18:00 | No incluye festivos |
| 7x24 | Todos los días, a toda hora | Fuera de lunes a sábado de 8:00 a 18:00 solo se atienden casos de impacto alto, reportados por teléfono |

Los tiempos de respuesta cuentan solo dentro del horario contratado. Por ejemplo, en 5x8 un caso registrado el viernes a las 17:30 cuenta media hora ese día y sigue el lunes a las 8:00 (si no es festivo).`,
  },
  {
    slug: 'niveles-de-impacto-y-tiempos-de-respuesta',
    title: '¿Qué nivel de impacto elijo y en cuánto tiempo me responden?',
    tags: ['impacto', 'nivel de atención', 'tiempos de respuesta', 'notificaciones'],
    body: `| Nivel | Cuándo elegirlo | 1ª respuesta | Notificaciones |
|---|---|---|---|
| Impacto alto | La operación total o una funcionalidad crítica en producción está interrumpida; el riesgo para la operación es alto. | 1 hora | cada 3 horas |
| Impacto medio | Pérdida parcial o limitada de funcionalidades no críticas o de servicios complementarios; la operación sigue de manera aceptable. | 4 horas | cada 6 horas |
| Impacto bajo | Una interrupción aislada que afecta la productividad de manera menor. | 6 horas | cada 8 horas |
| Cambios en configuraciones | Usted solicita un cambio. Solo en contratos con servicio gestionado o de administración. | 6 horas | cada 8 horas |

La **1ª respuesta** es el tiempo máximo en que el Centro de Servicios realiza e informa el diagnóstico de su solicitud. Las **notificaciones** son las actualizaciones del estado del caso que recibe por correo, al menos con esa frecuencia. Ambos tiempos cuentan dentro del horario contratado.`,
  },
  {
    slug: 'como-comunicarme-por-telefono',
    title: '¿Cómo me comunico por teléfono?',
    tags: ['teléfono', 'línea nacional', 'contacto', 'impacto alto'],
    body: `Llame a la línea nacional **(+57) 2 486 8080, opción 2**, o al número de su ciudad en el directorio telefónico del portal.

Tenga a mano:

- su nombre, organización y correo electrónico;
- el equipo o servicio afectado y el nivel de impacto;
- las validaciones que ya hizo.

El agente registra el caso por usted con la hora de su llamada. En contratos 7x24, fuera de lunes a sábado de 8:00 a 18:00, los casos de impacto alto se reportan por teléfono.`,
  },
];
