import type { AuditLog } from "../audit/audit-log";
import { changedFields } from "../domain/audit";
import type { Config } from "../config";
import { notFound } from "../domain/errors";
import type { Member } from "../domain/member";
import { effectiveSettings } from "../domain/network-settings";
import { normalTemplate, templateTitles } from "../domain/agenda-template";
import { assertValidSettings } from "../domain/network-rules";
import type { Language, Network, NetworkSettings } from "../domain/network";
import { assertMay } from "../domain/roles";
import type { Stored, Stores } from "../storage/repository";

/** What a coordinator writes about the network; a setting left out keeps its current value. */
export interface NetworkInput {
  name: string;
  defaultPlace: string;
  language: Language;
  settings?: Partial<NetworkSettings>;
  /** The template's items after the opening one; left out keeps the current template. */
  agendaTemplate?: string[];
}

/** The network as the settings page shows it: its facts, the settings in force, and the deployment's defaults. */
export interface NetworkView {
  network: Pick<Network, "id" | "name" | "defaultPlace" | "language">;
  settings: NetworkSettings;
  defaults: NetworkSettings;
  /** A new meeting's agenda titles: item 1 "Inledning — aktuellt läge …", then the network's own items. */
  agendaTemplate: string[];
  etag: string;
}

/** Reads and changes a network's name, place, language and settings (the latter: the coordinator only). */
export class NetworkSettingsService {
  constructor(private readonly stores: Stores, private readonly defaults: NetworkSettings, private readonly audit: AuditLog) {}

  /** The network of a member, with the settings in force. */
  async view(networkId: string): Promise<NetworkView> {
    const stored = await this.stored(networkId);
    return this.viewOf(stored.value, stored.etag);
  }

  /** The settings a network runs with (its own choices over the deployment's defaults). */
  settingsOf(network: Network): NetworkSettings {
    return effectiveSettings(network, this.defaults);
  }

  /** Changes the caller's network; `etag` is the version the caller read (a changed network is a 409). */
  async update(caller: Member, read: () => NetworkInput, etag?: string): Promise<NetworkView> {
    assertMay(caller, "manage-network");
    const input = read();
    const stored = await this.stored(caller.networkId);
    const settings = { ...stored.value.settings, ...input.settings };
    assertValidSettings(effectiveSettings({ settings }, this.defaults));
    const agendaTemplate = input.agendaTemplate ? normalTemplate(input.agendaTemplate) : stored.value.agendaTemplate;
    const network: Network = { ...stored.value, name: input.name, defaultPlace: input.defaultPlace, language: input.language, settings, ...(agendaTemplate ? { agendaTemplate } : {}) };
    const entry = {
      networkId: caller.networkId, actorId: caller.aadObjectId, actorName: caller.displayName, action: "network.update" as const, target: network.id, targetName: network.name,
      changes: [
        ...changedFields<Network>(stored.value, network, ["name", "defaultPlace", "language", "agendaTemplate"]),
        ...changedFields<NetworkSettings>(effectiveSettings(stored.value, this.defaults), effectiveSettings(network, this.defaults), ["reminderDaysBefore", "roundTableDaysBefore", "roundTableReminderDaysBefore", "notifyMembersOnPublish"]),
      ],
    };
    const saved = await this.audit.during(entry, () => this.stores.networks.replace(network, etag ?? stored.etag));
    return this.viewOf(saved.value, saved.etag);
  }

  private async stored(networkId: string): Promise<Stored<Network>> {
    const stored = await this.stores.networks.get("network", networkId);
    if (!stored) throw notFound("network_not_found", "Nätverket finns inte.", "The network does not exist.");
    return stored;
  }

  private viewOf(network: Network, etag: string): NetworkView {
    const { id, name, defaultPlace, language } = network;
    return { network: { id, name, defaultPlace, language }, settings: this.settingsOf(network), defaults: this.defaults, agendaTemplate: templateTitles(network.agendaTemplate), etag };
  }
}

/** The deployment's settings as the defaults of every network. */
export function networkDefaultsOf(config: Pick<Config, "reminders" | "roundTable" | "minutes">): NetworkSettings {
  return {
    reminderDaysBefore: config.reminders.daysBefore,
    roundTableDaysBefore: config.roundTable.daysBefore,
    roundTableReminderDaysBefore: config.roundTable.reminderDaysBefore,
    notifyMembersOnPublish: config.minutes.notifyMembers,
  };
}
