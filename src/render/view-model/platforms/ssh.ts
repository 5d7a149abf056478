import { v } from './shared.js';

/** SSH access of CI jobs to servers: the deploy key, and the servers' host keys. */
export const ssh = 'ssh "$DEPLOY_USER@$host"';
export const sshVars = [
  v('DEPLOY_HOSTS', 'Servers of the environment, separated by spaces (updated one after the other)'),
  v('DEPLOY_USER', 'Deploy user on the servers'),
  v('DEPLOY_SSH_KEY', 'Private key of the deploy user', true),
  v('DEPLOY_PATH', 'Directory of the application on the servers'),
];
export const keyFile = ['mkdir -p ~/.ssh', 'echo "$DEPLOY_SSH_KEY" > ~/.ssh/id_deploy && chmod 600 ~/.ssh/id_deploy', 'echo "IdentityFile ~/.ssh/id_deploy" >> ~/.ssh/config'];
export const sshAuth = [...keyFile, 'for host in $DEPLOY_HOSTS; do ssh-keyscan "$host" >> ~/.ssh/known_hosts; done'];
