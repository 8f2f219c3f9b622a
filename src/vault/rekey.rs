//! Changing what opens the vault: the passphrase, the recovery key, and the data key itself
//! (rotation, crash-safe by the file protocol described in the module above).

use std::fs;

use age::secrecy::SecretString;

use super::*;

impl Session {
    fn require_passphrase(&self, passphrase: &SecretString) -> Result<()> {
        let key = unwrap_key_file(
            &keys_dir(&self.dir),
            PASSPHRASE_FILE,
            &Unlock::Passphrase(passphrase),
        )?;
        if key.expose_secret_bytes() == self.key.expose_secret_bytes() {
            Ok(())
        } else {
            Err(VaultError::Key(crate::KeyError::WrongPassphrase))
        }
    }

    /// Replaces the passphrase. The recovery key keeps working; the old passphrase stops opening
    /// this vault, but still opens copies made before now (with the key files of then): after a
    /// passphrase that may have been seen, rotate the key too.
    pub fn change_passphrase(
        &mut self,
        current: &SecretString,
        new: &SecretString,
        policy: KdfPolicy,
    ) -> Result<()> {
        self.require_passphrase(current)?;
        self.replace_passphrase(new, policy, "passphrase_changed")
    }

    /// Sets a new passphrase without the old one: only in a session opened with the recovery
    /// key, which is the way back for someone who forgot their passphrase.
    pub fn reset_passphrase(&mut self, new: &SecretString, policy: KdfPolicy) -> Result<()> {
        if self.opened_with != OpenedWith::RecoveryKey {
            return Err(VaultError::refused(
                "current_passphrase_needed",
                "Type your current passphrase. To set a new one without it, unlock the vault \
                 with your recovery key first.",
                [],
            ));
        }
        self.replace_passphrase(new, policy, "passphrase_reset_with_recovery_key")?;
        self.opened_with = OpenedWith::Passphrase;
        Ok(())
    }

    fn replace_passphrase(
        &mut self,
        new: &SecretString,
        policy: KdfPolicy,
        event: &str,
    ) -> Result<()> {
        use secrecy::ExposeSecret;
        // The names in the vault are words a seizer knows: they make a passphrase guessable.
        let own: Vec<String> = crate::records::all_actors(self.connection()?)?
            .into_iter()
            .flat_map(|a| std::iter::once(a.name).chain(a.other_names))
            .flat_map(|n| n.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .filter(|w| w.chars().count() >= 3)
            .collect();
        let own: Vec<&str> = own.iter().map(String::as_str).collect();
        crate::passphrase::check_new_with(new.expose_secret(), &own)?;
        let wrapped = keys::wrap_with_passphrase(&self.key, new, policy)?;
        let kd = keys_dir(&self.dir);
        let conn = self.connection_mut()?;
        let tx = conn.transaction()?;
        store::upsert_setting(&tx, "kdf_log_n", &policy.log_n().to_string())?;
        audit::append(
            &tx,
            event,
            &serde_json::json!({ "kdf_log_n": policy.log_n() }),
        )?;
        // The key file is replaced inside the transaction: if that fails, the log entry goes
        // too; if the commit fails afterwards, the old key file is put back.
        let old = fs::read(kd.join(PASSPHRASE_FILE))?;
        keys::write_key_file(&kd, PASSPHRASE_FILE, &wrapped)?;
        if let Err(e) = tx.commit() {
            keys::write_key_file(&kd, PASSPHRASE_FILE, &old)?;
            return Err(e.into());
        }
        Ok(())
    }

    /// A rotation whose finishing was put off (a full disk at unlock) must complete before the
    /// keys change again: another change would discard the only copies under the current key.
    pub(super) fn require_no_unfinished_rotation(&self) -> Result<()> {
        if rotation_state(&self.dir) == Rotation::None {
            return Ok(());
        }
        Err(VaultError::refused(
            "rotation_unfinished",
            "An earlier key change is not finished yet. Free some disk space, lock and unlock \
             the vault (that finishes it), then try again.",
            [],
        ))
    }

    /// Makes a new recovery key and retires the old one (lost at a border, seen by someone):
    /// the data key is wrapped to the new key and the file the old one opened is replaced; the
    /// new key's public half is kept for later key rotations, and the audit log records it.
    /// Returns the new key, to show once.
    ///
    /// The old recovery key still opens copies of the vault made before now (a backup, a disk
    /// image): a key rotation afterwards ([`Session::rotate_key`]) makes them useless too.
    pub fn new_recovery_key(&mut self, passphrase: &SecretString) -> Result<RecoveryKey> {
        self.require_passphrase(passphrase)?;
        self.require_no_unfinished_rotation()?;
        let recovery = RecoveryKey::generate();
        let recipient = recovery.recipient();
        let wrapped = keys::wrap_to_recipient(&self.key, &recipient)?;
        let kd = keys_dir(&self.dir);
        let conn = self.connection_mut()?;
        let tx = conn.transaction()?;
        store::upsert_setting(&tx, "recovery_recipient", &recipient)?;
        audit::append(&tx, "recovery_key_replaced", &serde_json::json!({}))?;
        // As for the passphrase: the key file is replaced inside the transaction, and put
        // back if the commit fails.
        let old = fs::read(kd.join(RECOVERY_FILE))?;
        keys::write_key_file(&kd, RECOVERY_FILE, &wrapped)?;
        if let Err(e) = tx.commit() {
            keys::write_key_file(&kd, RECOVERY_FILE, &old)?;
            return Err(e.into());
        }
        Ok(recovery)
    }

    /// Generates a new data key, re-encrypts the database with it, and re-wraps it for the
    /// passphrase and the recovery key. `progress` is called before each step.
    ///
    /// Crash-safe (see the module docs). If it fails before its commit, the vault stays open with
    /// the old key; after its commit, the session is closed and the next unlock finishes it.
    pub fn rotate_key(
        &mut self,
        passphrase: &SecretString,
        policy: KdfPolicy,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<()> {
        const TOTAL: u64 = 5;
        self.check_interrupted()?;
        self.require_passphrase(passphrase)?;
        self.require_no_unfinished_rotation()?;
        let recipient =
            store::get_setting(self.connection()?, "recovery_recipient")?.ok_or_else(|| {
                VaultError::Database("the recovery key's public half is missing".to_owned())
            })?;
        let new_key = DataKey::generate()?;
        let kd = keys_dir(&self.dir);
        let rotating = self.dir.join(ROTATING_FILE);

        progress(Progress {
            step: "database",
            done: 0,
            total: TOTAL,
        });
        let prepared = (|| {
            fsutil::remove_if_exists(&rotating)?;
            store::export_rekeyed(self.connection()?, &rotating, &new_key)?;
            fs::File::open(&rotating)?.sync_all()?;
            // The copy must be durable in the folder before any `.next` key file exists.
            fsutil::fsync_dir(&self.dir)?;
            progress(Progress {
                step: "attachments",
                done: 1,
                total: TOTAL,
            });
            // Every blob re-encrypted beside its original (`<id>.next`) before the commit.
            self.check_interrupted()?;
            crate::evidence::reencrypt_all(self, &new_key, &mut |_| {})?;
            self.check_interrupted()?;
            progress(Progress {
                step: "passphrase_key",
                done: 2,
                total: TOTAL,
            });
            let wrapped = keys::wrap_with_passphrase(&new_key, passphrase, policy)?;
            keys::write_key_file(&kd, &next_name(PASSPHRASE_FILE), &wrapped)?;
            progress(Progress {
                step: "recovery_key",
                done: 3,
                total: TOTAL,
            });
            let wrapped = keys::wrap_to_recipient(&new_key, &recipient)?;
            keys::write_key_file(&kd, &next_name(RECOVERY_FILE), &wrapped)?;
            // The last moment a lock can stop the rotation; after it, the switch is quick.
            self.check_interrupted()?;
            Ok::<_, VaultError>(())
        })();
        if let Err(e) = prepared {
            let _ = self.discard_rotation_files();
            return Err(e);
        }

        progress(Progress {
            step: "switch",
            done: 4,
            total: TOTAL,
        });
        // Close the database so its write-ahead log is folded in and removed before the switch.
        if let Some(conn) = self.conn.take() {
            if let Err((conn, e)) = conn.close() {
                self.conn = Some(conn);
                let _ = self.discard_rotation_files();
                return Err(e.into());
            }
        }
        let wal = self.dir.join(format!("{STORE_FILE}-wal"));
        if wal.exists() {
            // Something still holds the old database: do not switch under it.
            let _ = self.discard_rotation_files();
            let conn =
                store::open_store(&self.dir.join(STORE_FILE), &self.key, OpenMode::Existing)?;
            crate::session::stop_statements_on(&conn, &self.interrupt)?;
            self.conn = Some(conn);
            return Err(VaultError::InUse);
        }
        fsutil::durable_rename(&rotating, &self.dir.join(STORE_FILE))?; // the commit point
        self.key = new_key;
        self.promote_rotation_files()?;
        // Past the commit point the rotation is finished, interrupted or not: the audit entry
        // is written before the new connection can be interrupted.
        let conn = store::open_store(&self.dir.join(STORE_FILE), &self.key, OpenMode::Existing)?;
        audit::append(
            &conn,
            "key_rotated",
            &serde_json::json!({ "kdf_log_n": policy.log_n() }),
        )?;
        crate::session::stop_statements_on(&conn, &self.interrupt)?;
        self.conn = Some(conn);
        // The record of the session is authenticated with the data key: re-key it at once.
        self.record_last_session()?;
        progress(Progress {
            step: "done",
            done: TOTAL,
            total: TOTAL,
        });
        Ok(())
    }

    pub(super) fn discard_rotation_files(&self) -> Result<()> {
        // Order matters: `.next` key files go first, the database copy last. A crash in between
        // then still reads as "not committed" (see the module docs).
        let kd = keys_dir(&self.dir);
        for name in [PASSPHRASE_FILE, RECOVERY_FILE] {
            let next = kd.join(next_name(name));
            fsutil::remove_if_exists(&next)?;
            fsutil::remove_if_exists(&fsutil::temp_path(&next))?;
        }
        keys::refresh_checksums(&kd)?;
        fsutil::fsync_dir(&kd)?;
        crate::evidence::discard_rotated(&self.dir)?;
        fsutil::remove_if_exists(&self.dir.join(ROTATING_FILE))?;
        fsutil::fsync_dir(&self.dir)?;
        Ok(())
    }

    pub(super) fn promote_rotation_files(&self) -> Result<()> {
        // Blobs first: while any `.next` key file remains, the next unlock still reads the
        // rotation as committed-but-unfinished and completes this.
        crate::evidence::promote_rotated(&self.dir)?;
        let kd = keys_dir(&self.dir);
        for name in [PASSPHRASE_FILE, RECOVERY_FILE] {
            let next = kd.join(next_name(name));
            if next.exists() {
                fsutil::durable_rename(&next, &kd.join(name))?;
            }
        }
        keys::refresh_checksums(&kd)
    }
}
