/**
 * The options page: connected accounts (list, add, edit, disconnect), the
 * connect form with its outcome and help, and the global settings.
 */
import { useRef, useState } from 'preact/hooks';
import type { Account } from '../../utils/model';
import { accountsItem } from '../../utils/storage/items';
import { tOptions as t } from '../../entrypoints/options/texts';
import { AccountList } from './AccountList';
import { ConnectForm } from './ConnectForm';
import { Footer } from './Footer';
import { HelpBlock } from './HelpBlock';
import { Outcome } from './Outcome';
import { PinHint } from './PinHint';
import { SettingsForm } from './SettingsForm';
import { useConnectFlow } from './useConnectFlow';
import { useStored } from './useStored';
import { useEditLink } from './useEditLink';

export function OptionsPage() {
  const stored = useStored(accountsItem);
  const accounts = stored ?? [];
  const [editing, setEditing] = useState<Account | null>(null);
  const [adding, setAdding] = useState(false);
  /** Bumped to remount (empty) the form, and to say the user opened it. */
  const [formRun, setFormRun] = useState(0);
  /** Sent from the popup to enter a new key: the form opens with the key field focused. */
  const [fromLink, setFromLink] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const closeForm = () => {
    setAdding(false);
    setEditing(null);
    setFormRun((n) => n + 1);
  };
  const flow = useConnectFlow({ accounts, editing, onSaved: closeForm });

  const openForm = (account: Account | null, linked = false) => {
    opener.current = document.activeElement as HTMLElement | null;
    setFromLink(linked);
    flow.reset();
    setEditing(account);
    setAdding(account === null);
    setFormRun((n) => n + 1);
  };
  useEditLink(stored, (account) => openForm(account, true));
  const cancelForm = () => {
    flow.reset();
    closeForm();
    // Back where the user came from (Edit or "Add another account").
    queueMicrotask(() => (opener.current?.isConnected ? opener.current : addButton.current)?.focus());
  };

  const formOpen = stored !== undefined && (accounts.length === 0 || adding || editing !== null);
  return (
    <div class="page">
      <header class="page-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('pageTitle')}</h1>
      </header>
      <main>
        {accounts.length > 0 && <PinHint onClosed={() => queueMicrotask(() => addButton.current?.focus())} />}
        <section class="card" aria-labelledby="accounts-heading">
          <h2 id="accounts-heading">{t('accountsHeading')}</h2>
          {stored !== undefined && accounts.length === 0 && <p>{t('intro')}</p>}
          <AccountList accounts={accounts} onEdit={(account) => openForm(account)} />
          {stored !== undefined && !formOpen && (
            <button ref={addButton} type="button" class="add-another" onClick={() => openForm(null)}>{t('addAnother')}</button>
          )}
          <div class={formOpen ? 'connect open' : 'connect'}>
            <div class="connect-main">
              {formOpen && (
                <ConnectForm
                  key={formRun}
                  editing={editing}
                  errors={flow.errors}
                  busy={flow.busy}
                  focusFirst={formRun > 0 && (adding || editing !== null)}
                  focusField={fromLink ? 'key' : 'address'}
                  onSubmit={flow.submit}
                  onCancel={accounts.length > 0 ? cancelForm : undefined}
                />
              )}
              {/* Always rendered: a live region must exist before its text changes. */}
              <Outcome
                outcome={flow.outcome}
                buttonName={editing ? t('save') : t('connect')}
                busy={flow.busy}
                onSaveAnyway={flow.saveAnyway}
              />
            </div>
            {formOpen && <HelpBlock firstRun={accounts.length === 0} />}
          </div>
        </section>
        <section class="card" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('settingsHeading')}</h2>
          <SettingsForm />
        </section>
      </main>
      <Footer />
    </div>
  );
}
