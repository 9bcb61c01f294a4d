import { useState } from 'preact/hooks';
import { useDirectory } from '../app/directory';
import { session } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/choices';
import { fileableCampaigns, todayInVietnam, unitLine } from './default-campaign';

/**
 * The campaign and council a unit officer files into (one nomination, or a list): by default a campaign
 * open for filing today that the officer's unit may file into (the award and kind chosen first, when the
 * form has them), and that campaign's council; none when nothing fits, and the officer is asked to choose.
 */
export function useCampaignChoice(wanted: { awardCode?: string; kind?: string } = {}) {
  const dir = useDirectory();
  const [picked, setPicked] = useState({ campaignId: '', councilId: '' });
  const [asked, setAsked] = useState(false);
  const fileable = fileableCampaigns(
    dir.campaigns,
    unitLine(dir.units, session.get().me?.unitId),
    todayInVietnam(),
    wanted,
  );
  const campaignId = picked.campaignId || fileable[0]?.campaignId || '';
  const campaign = dir.campaigns.find((c) => c.campaignId === campaignId);
  const councilId = picked.councilId || campaign?.councilId || '';
  return {
    campaignId,
    councilId,
    campaign,
    fileable,
    /** Whether both are chosen; when not, the fields say what is missing (until chosen). */
    complete: () => {
      setAsked(true);
      return Boolean(campaignId && councilId);
    },
    asked,
    pick: (k: 'campaignId' | 'councilId') => (v: string) => setPicked((p) => ({ ...p, [k]: v })),
  };
}

export type CampaignChoice = ReturnType<typeof useCampaignChoice>;

/** The two lists of a filing form: the campaign, then the council that reviews. */
export function CampaignCouncilFields({ choice, prefix }: { choice: CampaignChoice; prefix: string }) {
  const { t } = useI18n();
  const dir = useDirectory();
  return (
    <>
      <SelectField
        id={`${prefix}-campaign`}
        label={t('case.campaign')}
        required
        hint={choice.fileable.length === 0 ? t('new.noOpenCampaign') : undefined}
        error={choice.asked && !choice.campaignId ? t('new.chooseCampaign') : undefined}
        value={choice.campaignId}
        onChange={choice.pick('campaignId')}
        empty={t('new.pickCampaign')}
        options={dir.campaigns.map((c) => [c.campaignId, c.name] as const)}
      />
      <SelectField
        id={`${prefix}-council`}
        label={t('case.council')}
        required
        error={choice.asked && !choice.councilId ? t('new.chooseCouncil') : undefined}
        value={choice.councilId}
        onChange={choice.pick('councilId')}
        empty={t('new.pickCouncil')}
        options={dir.councils.map((c) => [c.councilId, c.name] as const)}
      />
    </>
  );
}
